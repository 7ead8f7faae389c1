package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.client.internal.LoopGuard;
import io.github.patchwork4j.client.internal.PageLoader;
import io.github.patchwork4j.client.internal.RawPage;
import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * One page of a list as the server sent it: a bare JSON array of items, and a {@code Link}
 * header whose {@code rel="next"} leads to the following page. Immutable; {@link #next()}
 * fetches the following page each time it is called.
 *
 * @param <T> the item type
 */
public final class Page<T> {

  private final RawPage<T> raw;
  private final PageLoader<T> loader;
  private final LoopGuard guard;
  private final int depth;
  private final Optional<URI> next;

  private Page(RawPage<T> raw, PageLoader<T> loader, LoopGuard guard, int depth) {
    this.raw = raw;
    this.loader = loader;
    this.guard = guard;
    this.depth = depth;
    this.next = guard.next(raw, depth);
  }

  /** Page 1 of a new walk. */
  static <T> CompletableFuture<Page<T>> first(PageLoader<T> loader) {
    LoopGuard guard = new LoopGuard();
    return Futures.compose(loader.firstPageUri(loader.pageSize()), uri -> {
      guard.read(uri, 0);
      return Futures.compose(loader.fetch(uri),
          raw -> CompletableFuture.completedFuture(new Page<>(raw, loader, guard, 0)));
    });
  }

  /**
   * The items of this page, in the server's order.
   *
   * @return an unmodifiable list
   */
  public List<T> items() {
    return raw.items();
  }

  /**
   * The number of the list's last page, as the server named it in this page's {@code Link}
   * header ({@code rel="last"}; Patchwork 3.1 and later send it on every page). Pages are
   * numbered from 1 at this page's size, so at a page size of 1 it is the number of items.
   *
   * @return the last page's number, empty when the server did not name one
   */
  public OptionalInt lastPage() {
    return raw.lastPage();
  }

  /**
   * True when the server linked a next page ({@code rel="next"}) that this walk has not
   * read yet. A link back to a page already read ends the walk (it is logged as a warning).
   *
   * @return whether {@link #next()} may be called
   */
  public boolean hasNext() {
    return next.isPresent();
  }

  /**
   * Fetches the next page.
   *
   * @return the next page; cancelling the future cancels the request
   * @throws NoSuchElementException when {@link #hasNext()} is false
   */
  public CompletableFuture<Page<T>> next() {
    URI uri = next.orElseThrow(() -> new NoSuchElementException("this is the last page"));
    guard.read(uri, depth + 1);
    return Futures.compose(loader.fetch(uri),
        page -> CompletableFuture.completedFuture(new Page<>(page, loader, guard, depth + 1)));
  }

  @Override
  public String toString() {
    return "Page[" + raw.uri() + ", " + raw.items().size() + " items" + (hasNext() ? ", more" : "") + "]";
  }
}
