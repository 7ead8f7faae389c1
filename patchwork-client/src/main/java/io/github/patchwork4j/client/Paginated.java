package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.client.internal.PageLoader;
import io.github.patchwork4j.client.internal.RawPage;
import java.util.ArrayList;
import java.util.Collections;
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
 * {@code rel="next"} and stops at a link back to a page it already read. Immutable and
 * thread-safe.
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

  /**
   * Fetches page 1.
   *
   * @return a future of the first page
   */
  public CompletableFuture<Page<T>> firstPage() {
    return Futures.unwrapped(PageChain.start(loader, loader.pageSize()));
  }

  /**
   * A blocking, sequential stream of every item, fetching pages as the stream is consumed
   * (and only then). Close-free; a short-circuiting operation such as {@code limit} stops
   * fetching.
   *
   * @return a blocking, sequential stream of every item, fetching pages as the stream is consumed
   *     (and only then)
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        () -> Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        Spliterator.ORDERED | Spliterator.NONNULL,
        false);
  }

  /**
   * A blocking iterator over every item; it fetches page 1 on the first {@code hasNext()} and
   * each following page when the previous one is used up.
   */
  @Override
  public Iterator<T> iterator() {
    return new PageIterator();
  }

  /**
   * Calls {@code action} for every item, page by page, on the thread that received the page.
   * The future completes when the last item was handled, or fails with the first failure:
   * a {@link io.github.patchwork4j.client.error.PatchworkException}, or whatever
   * {@code action} threw (no further items are handled and no further page is fetched).
   *
   * @param action action called with each item, in order
   * @return a future that completes after the last item, or fails with the first error
   */
  public CompletableFuture<Void> forEachAsync(Consumer<? super T> action) {
    Objects.requireNonNull(action, "action");
    CompletableFuture<Void> done = new CompletableFuture<>();
    walk(page -> page.items().forEach(action), done);
    return done;
  }

  /**
   * Every item in one list, in the server's order.
   *
   * @return every item in one list, in the server's order
   */
  public CompletableFuture<List<T>> toList() {
    List<T> all = Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<Void> done = new CompletableFuture<>();
    walk(page -> all.addAll(page.items()), done);
    return Futures.unwrapped(done.thenApply(v -> List.copyOf(all)));
  }

  /**
   * The number of items. Cheap on Patchwork 3.1+: one request with {@code per_page=1}, whose
   * {@code rel="last"} page number is the item count. Servers that send no {@code last} link
   * are walked page by page (at the query's page size) and counted.
   *
   * @return the number of items
   */
  public CompletableFuture<Long> count() {
    CompletableFuture<Long> out = new CompletableFuture<>();
    loader.firstPageUri(1).thenCompose(loader::fetch).whenComplete((RawPage<T> raw, Throwable e) -> {
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
        CompletableFuture<Void> walked = new CompletableFuture<>();
        walk(page -> n[0] += page.items().size(), walked);
        walked.whenComplete((v, e2) -> {
          if (e2 != null) {
            out.completeExceptionally(e2);
          } else {
            out.complete(n[0]);
          }
        });
      }
    });
    return out;
  }

  /**
   * A {@link Flow.Publisher} of every item with back-pressure: a page is fetched only when the
   * subscriber's demand exceeds the items already received, and never more than one page
   * request is in flight. Each subscription starts at page 1; cancelling stops fetching.
   * Failures reach {@code onError} as the {@code PatchworkException} itself.
   *
   * @return a {@link Flow.Publisher} of every item with back-pressure: a page is fetched only when
   *     the subscriber's demand exceeds the items already received, and never more than one page
   *     request is in flight
   */
  public Flow.Publisher<T> publisher() {
    return subscriber -> {
      Objects.requireNonNull(subscriber, "subscriber");
      PagePublisher.Subscription<T> s = new PagePublisher.Subscription<>(loader, subscriber);
      subscriber.onSubscribe(s);
    };
  }

  /**
   * Fetches pages one after another and hands each to {@code onPage}; completes {@code done}
   * after the last page, or exceptionally with the first failure — of a fetch or of
   * {@code onPage} (completion handling is attached before {@code onPage} runs, so a throwing
   * consumer cannot leave {@code done} pending).
   */
  private void walk(Consumer<Page<T>> onPage, CompletableFuture<Void> done) {
    PageChain.start(loader, loader.pageSize()).whenComplete((page, e) -> step(page, e, onPage, done));
  }

  private void step(Page<T> page, Throwable error, Consumer<Page<T>> onPage, CompletableFuture<Void> done) {
    if (error != null) {
      done.completeExceptionally(Futures.unwrap(error));
      return;
    }
    try {
      onPage.accept(page);
    } catch (Throwable t) {
      done.completeExceptionally(t);
      return;
    }
    if (!page.hasNext()) {
      done.complete(null);
      return;
    }
    page.next().whenComplete((next, e) -> step(next, e, onPage, done));
  }

  private final class PageIterator implements Iterator<T> {
    private Page<T> page;
    private Iterator<T> items;

    @Override
    public boolean hasNext() {
      while (true) {
        if (page == null) {
          page = Futures.await(firstPage());
          items = page.items().iterator();
        }
        if (items.hasNext()) {
          return true;
        }
        if (!page.hasNext()) {
          return false;
        }
        page = Futures.await(page.next());
        items = page.items().iterator();
      }
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return items.next();
    }
  }
}
