package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.client.internal.RawPage;
import java.util.List;
import java.util.NoSuchElementException;
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
  private final PageChain<T> chain;
  private final int depth;
  private final boolean hasNext;

  Page(RawPage<T> raw, PageChain<T> chain, int depth, boolean hasNext) {
    this.raw = raw;
    this.chain = chain;
    this.depth = depth;
    this.hasNext = hasNext;
  }

  /**
   * The items of this page, in the server's order (unmodifiable).
   *
   * @return the items of this page, in the server's order (unmodifiable)
   */
  public List<T> items() {
    return raw.items();
  }

  /**
   * True when the server linked a next page ({@code rel="next"}) that this walk has not
   * read yet. A link back to a page already read ends the walk (it is logged as a warning).
   *
   * @return {@code true} when the server linked a next page ({@code rel="next"}) that this walk has
   *     not read yet
   */
  public boolean hasNext() {
    return hasNext;
  }

  /**
   * Fetches the next page.
   *
   * @return a future of the next page
   * @throws NoSuchElementException when {@link #hasNext()} is false
   */
  public CompletableFuture<Page<T>> next() {
    if (!hasNext) {
      throw new NoSuchElementException("this is the last page");
    }
    return Futures.unwrapped(chain.load(raw.next().orElseThrow(), depth + 1));
  }

  @Override
  public String toString() {
    return "Page[" + raw.uri() + ", " + raw.items().size() + " items" + (hasNext ? ", more" : "") + "]";
  }
}
