package io.github.patchwork4j.client.internal;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One walk through a list from page 1, for one consumer: hands out the pages in order,
 * following {@code rel="next"} with a {@link LoopGuard}. When page 1 names the last page
 * ({@code rel="last"}) and links page 2 by number, the walk also fetches the following pages
 * ahead by number, keeping up to {@code pagesAhead} page requests in flight (1: one at a
 * time, only when asked), so that a consumer busy with one page finds the next one loaded.
 * Each request for a page ahead holds a permit of the client-wide {@code allowance} until it
 * is answered; when none is free the walk fetches no further ahead for now, so with many walks
 * at once the requests their consumers wait for are not queued behind a crowd of requests for
 * pages nobody waits for yet. (A walk that is dropped without {@link #close()} holds no
 * permit once its requests are answered.) A page fetched ahead is used only if the page before it links to it;
 * otherwise the walk drops what it fetched ahead and follows the link. {@link #close()}
 * cancels every fetch in flight.
 *
 * <p>{@link #next()} is called by one consumer at a time, after the previous future completed.
 *
 * @param <T> the item type
 */
public final class PageWalk<T> {

  private static final Pattern PAGE = Pattern.compile("(^|&)page=\\d+(?=&|$)");

  private final PageLoader<T> loader;
  private final int pagesAhead;
  private final Limiter allowance;
  private final LoopGuard guard = new LoopGuard();
  private final ArrayDeque<Ahead<T>> ahead = new ArrayDeque<>();
  private CompletableFuture<RawPage<T>> current;
  private RawPage<T> previous;
  private int depth = -1;
  private URI numbered;
  private int lastPage;
  private int nextNumber;
  private boolean done;
  private boolean closed;

  private record Ahead<T>(URI uri, CompletableFuture<RawPage<T>> page) {}

  /** A walk that has fetched nothing yet. */
  public PageWalk(PageLoader<T> loader, int pagesAhead, Limiter allowance) {
    this.loader = loader;
    this.pagesAhead = pagesAhead;
    this.allowance = allowance;
  }

  /**
   * The next page, or {@code null} once the walk is over. Fails with the fetch's
   * {@code PatchworkException}; after a failure or {@link #close()} the walk is over.
   */
  public synchronized CompletableFuture<RawPage<T>> next() {
    if (closed || done) {
      return CompletableFuture.completedFuture(null);
    }
    if (previous == null && depth < 0) {
      depth = 0;
      current = Futures.compose(loader.firstPageUri(loader.pageSize()), this::fetchFirst);
      return deliver(current);
    }
    if (previous == null) {
      throw new IllegalStateException("next() before the previous page arrived");
    }
    Optional<URI> link = guard.next(previous, depth);
    if (link.isEmpty()) {
      finish();
      return CompletableFuture.completedFuture(null);
    }
    URI next = link.get();
    depth++;
    Ahead<T> slot = ahead.poll();
    if (slot != null && LoopGuard.key(slot.uri()).equals(LoopGuard.key(next))) {
      current = slot.page();
    } else if (slot == null && numbered != null && nextNumber <= lastPage
        && LoopGuard.key(withPage(numbered, nextNumber)).equals(LoopGuard.key(next))) {
      nextNumber++; // nothing was fetched ahead (no permit was free): this page now, by number
      current = loader.fetch(next);
    } else {
      if (slot != null) {
        slot.page().cancel(true);
      }
      dropAhead();
      numbered = null;
      current = loader.fetch(next);
    }
    guard.read(next, depth);
    previous = null;
    fillAhead();
    return deliver(current);
  }

  /** Stops the walk: cancels every fetch in flight; {@link #next()} returns {@code null}. */
  public synchronized void close() {
    closed = true;
    if (current != null) {
      current.cancel(true);
    }
    dropAhead();
  }

  private CompletableFuture<RawPage<T>> fetchFirst(URI uri) {
    synchronized (this) {
      guard.read(uri, 0);
    }
    return loader.fetch(uri);
  }

  private CompletableFuture<RawPage<T>> deliver(CompletableFuture<RawPage<T>> page) {
    CompletableFuture<RawPage<T>> out = new CompletableFuture<>();
    out.whenComplete((v, e) -> {
      if (out.isCancelled()) {
        close();
      }
    });
    page.whenComplete((raw, e) -> {
      if (e != null) {
        synchronized (this) {
          done = true;
          dropAhead();
        }
        out.completeExceptionally(Futures.unwrap(e));
        return;
      }
      synchronized (this) {
        previous = raw;
        if (depth == 0) {
          planAhead(raw);
        }
      }
      out.complete(raw);
    });
    return out;
  }

  /** After page 1: fetch by number when the server said which page is the last. */
  private void planAhead(RawPage<T> first) {
    if (pagesAhead <= 1 || first.lastPage().isEmpty() || first.next().isEmpty()) {
      return;
    }
    URI second = first.next().get();
    String q = second.getRawQuery();
    if (q == null || !PAGE.matcher(q).find() || first.lastPage().getAsInt() < 2) {
      return;
    }
    numbered = second;
    lastPage = first.lastPage().getAsInt();
    nextNumber = 2;
    fillAhead();
  }

  private void fillAhead() {
    if (numbered == null || closed || done) {
      return;
    }
    while (ahead.size() < pagesAhead - 1 && nextNumber <= lastPage) {
      Optional<Limiter.Permit> permit = allowance.tryAcquire();
      if (permit.isEmpty()) {
        return;
      }
      URI uri = withPage(numbered, nextNumber);
      CompletableFuture<RawPage<T>> page = loader.fetch(uri);
      page.whenComplete((r, e) -> permit.get().release());
      ahead.add(new Ahead<>(uri, page));
      nextNumber++;
    }
  }

  private void finish() {
    done = true;
    dropAhead();
  }

  private void dropAhead() {
    Ahead<T> a;
    while ((a = ahead.poll()) != null) {
      a.page().cancel(true);
    }
  }

  private static URI withPage(URI uri, int number) {
    Matcher m = PAGE.matcher(uri.getRawQuery());
    String q = m.replaceFirst("$1page=" + number);
    String s = uri.toString();
    int at = s.indexOf('?');
    return URI.create(s.substring(0, at + 1) + q);
  }
}
