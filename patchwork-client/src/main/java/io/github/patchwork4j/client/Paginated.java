package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.client.internal.PageLoader;
import io.github.patchwork4j.client.internal.PageWalk;
import io.github.patchwork4j.client.internal.RawPage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A list endpoint with a query, read page by page. Patchwork's lists are page-number based:
 * each page is a bare JSON array and the {@code Link} header points to the next one
 * ({@code rel="next"}; Patchwork 3.1+ also sends {@code first} and {@code last} and always
 * sends the header, older servers send none on a single page).
 *
 * <p>Lazy and restartable: nothing is sent until a view is consumed, and every consumption
 * ({@link #firstPage()}, {@link #stream()}, {@link #iterator()}, {@link #forEachAsync},
 * {@link #publisher()} subscriptions, {@link #toList()}, {@link #count()}) starts again at
 * page 1. Pages are {@code per_page=250} (the server's maximum since Patchwork 2.2; older
 * servers clamp it to 30) unless the query sets a page size. The walk follows
 * {@code rel="next"} and stops at a link back to a page it already read. When the server
 * names the last page ({@code rel="last"}, Patchwork 3.1+), the walk fetches the following
 * pages ahead, up to {@code pagesAhead} requests at once (a builder option; 1 fetches one page
 * at a time, only when the previous one is used up; all walks of a client together have at
 * most {@code maxRequestsInFlight} requests for pages ahead open), and still delivers the
 * items in order.
 * A consumer that stops (a cancelled future, a closed stream, a cancelled subscription)
 * cancels the requests in flight. Immutable and thread-safe.
 *
 * <p>Failures are {@link io.github.patchwork4j.client.error.PatchworkException}s: held by the
 * futures, thrown by {@link #stream()} and {@link #iterator()} as they are (not wrapped),
 * signalled to a subscriber's {@code onError}. A filter the API version in use does not have
 * fails the first consumption with
 * {@link io.github.patchwork4j.client.error.UnsupportedFeatureException} before any list
 * request is sent.
 *
 * @param <T> the item type
 */
public final class Paginated<T> implements Iterable<T> {

  private final PageLoader<T> loader;

  Paginated(PageLoader<T> loader) {
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  /** A new walk from page 1. */
  PageWalk<T> walk() {
    return new PageWalk<>(loader, loader.session().config().pagesAhead(),
        loader.session().pagesAheadAllowance());
  }

  /**
   * Fetches page 1 (one request).
   *
   * @return the first page; cancelling the future cancels the request
   */
  public CompletableFuture<Page<T>> firstPage() {
    return Page.first(loader);
  }

  /**
   * A blocking, sequential stream of every item, fetching pages as the stream is consumed
   * (and ahead, see the class description). Closing the stream (try-with-resources) cancels
   * the requests in flight; a short-circuiting operation such as {@code limit} stops asking
   * for pages.
   *
   * @return a stream that starts at page 1 when consumed
   */
  public Stream<T> stream() {
    PageIterator it = new PageIterator();
    return StreamSupport.stream(
        () -> Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
        Spliterator.ORDERED | Spliterator.NONNULL,
        false).onClose(it::close);
  }

  /**
   * A blocking iterator over every item; it fetches page 1 on the first {@code hasNext()} and
   * each following page when the previous one is used up (or ahead).
   *
   * @return an iterator that starts at page 1
   */
  @Override
  public Iterator<T> iterator() {
    return new PageIterator();
  }

  /**
   * Calls {@code action} for every item, in order, on a thread of the client's executor. The
   * future completes when the last item was handled, or fails with the first failure: a
   * {@link io.github.patchwork4j.client.error.PatchworkException}, or whatever {@code action}
   * threw (no further items are handled). Cancelling it stops the walk and its requests.
   *
   * @param action what to do with each item
   * @return a future completed after the last item
   */
  public CompletableFuture<Void> forEachAsync(Consumer<? super T> action) {
    Objects.requireNonNull(action, "action");
    return walk(page -> page.takeItems().forEach(action));
  }

  /**
   * Every item in one list, in the server's order.
   *
   * @return the items; cancelling the future stops the walk and its requests
   */
  public CompletableFuture<List<T>> toList() {
    List<T> all = new ArrayList<>();
    CompletableFuture<List<T>> out = new CompletableFuture<>();
    CompletableFuture<Void> done = walk(page -> all.addAll(page.takeItems()));
    out.whenComplete((v, e) -> done.cancel(true));
    done.whenComplete((v, e) -> {
      if (e != null) {
        out.completeExceptionally(Futures.unwrap(e));
      } else {
        out.complete(List.copyOf(all));
      }
    });
    return out;
  }

  /**
   * The number of items. Cheap on Patchwork 3.1+: one request with {@code per_page=1}, whose
   * {@code rel="last"} page number is the item count. Servers that send no {@code last} link
   * are walked page by page (at the query's page size) and counted.
   *
   * @return the count
   */
  public CompletableFuture<Long> count() {
    CompletableFuture<Long> out = new CompletableFuture<>();
    CompletableFuture<RawPage<T>> one = Futures.compose(loader.firstPageUri(1), loader::fetch);
    out.whenComplete((v, e) -> one.cancel(true));
    one.whenComplete((RawPage<T> raw, Throwable e) -> {
      if (e != null) {
        out.completeExceptionally(Futures.unwrap(e));
        return;
      }
      if (raw.items().size() <= 1 && raw.lastPage().isPresent()) {
        int last = raw.lastPage().getAsInt();
        out.complete(last <= 1 ? (long) raw.items().size() : (long) last);
      } else if (raw.items().size() <= 1 && raw.next().isEmpty()) {
        out.complete((long) raw.items().size());
      } else {
        long[] n = {0};
        CompletableFuture<Void> walked = walk(page -> n[0] += page.takeItems().size());
        out.whenComplete((v, e2) -> walked.cancel(true));
        walked.whenComplete((v, e2) -> {
          if (e2 != null) {
            out.completeExceptionally(Futures.unwrap(e2));
          } else {
            out.complete(n[0]);
          }
        });
      }
    });
    return out;
  }

  /**
   * A {@link Flow.Publisher} of every item with back-pressure: a page is asked for only when
   * the subscriber's demand exceeds the items already received (the walk may have it fetched
   * ahead). Each subscription starts at page 1; cancelling stops the walk and its requests.
   * Failures reach {@code onError} as the {@code PatchworkException} itself.
   *
   * @return a publisher; every subscription is a new walk
   */
  public Flow.Publisher<T> publisher() {
    return subscriber -> {
      Objects.requireNonNull(subscriber, "subscriber");
      PagePublisher.Subscription<T> s = new PagePublisher.Subscription<>(walk(), subscriber);
      subscriber.onSubscribe(s);
    };
  }

  /**
   * Walks every page, handing each to {@code onPage} (on the thread that completed the
   * fetch, the client's executor); the future completes after the last page, or fails with
   * the first failure of a fetch or of {@code onPage}. Cancelling it closes the walk.
   */
  private CompletableFuture<Void> walk(Consumer<RawPage<T>> onPage) {
    PageWalk<T> walk = walk();
    CompletableFuture<Void> done = new CompletableFuture<>();
    done.whenComplete((v, e) -> walk.close());
    step(walk, onPage, done);
    return done;
  }

  /** Hands pages to {@code onPage} in a loop while they are ready; waits without a thread otherwise. */
  private void step(PageWalk<T> walk, Consumer<RawPage<T>> onPage, CompletableFuture<Void> done) {
    while (true) {
      CompletableFuture<RawPage<T>> next = walk.next();
      if (!next.isDone()) {
        next.whenComplete((page, error) -> {
          if (handle(page, error, onPage, done)) {
            step(walk, onPage, done);
          }
        });
        return;
      }
      RawPage<T> page = null;
      Throwable error = null;
      try {
        page = next.join();
      } catch (Throwable t) {
        error = t;
      }
      if (!handle(page, error, onPage, done)) {
        return;
      }
    }
  }

  /** Handles one page; true when the walk goes on. */
  private static <T> boolean handle(
      RawPage<T> page, Throwable error, Consumer<RawPage<T>> onPage, CompletableFuture<Void> done) {
    if (error != null) {
      done.completeExceptionally(Futures.unwrap(error));
      return false;
    }
    if (page == null || done.isDone()) {
      done.complete(null);
      return false;
    }
    try {
      onPage.accept(page);
    } catch (Throwable t) {
      done.completeExceptionally(t);
      return false;
    }
    return true;
  }

  private final class PageIterator implements Iterator<T> {
    private final PageWalk<T> walk = walk();
    private Iterator<T> items;
    private boolean over;

    @Override
    public boolean hasNext() {
      while (!over) {
        if (items != null && items.hasNext()) {
          return true;
        }
        RawPage<T> page = Futures.await(walk.next());
        if (page == null) {
          over = true;
        } else {
          items = page.takeItems().iterator();
        }
      }
      return false;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return items.next();
    }

    void close() {
      over = true;
      walk.close();
    }
  }
}
