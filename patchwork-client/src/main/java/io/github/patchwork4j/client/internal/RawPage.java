package io.github.patchwork4j.client.internal;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One page of a list as read: its URL, its items, the next page's URL (already moved onto the
 * base) and, when the server sent {@code rel="last"} (Patchwork 3.1+), the last page's number.
 *
 * <p>A walk's consumer takes the items out ({@link #takeItems()}). A page travels to its
 * consumer through futures made when it was asked for, and with many walks at once those can
 * be old enough for the garbage collector to keep whatever they refer to until its next full
 * marking; once the items are taken, those futures refer to this small object only.
 *
 * @param <T> the item type
 */
public final class RawPage<T> {

  private final URI uri;
  private final Optional<URI> next;
  private final OptionalInt lastPage;
  private volatile List<T> items;

  /**
   * A page of a copy of {@code items}.
   *
   * @param uri the page's URL
   * @param items the items, in the server's order
   * @param next the next page, empty on the last page
   * @param lastPage the number of the last page, empty when the server did not say
   */
  public RawPage(URI uri, List<T> items, Optional<URI> next, OptionalInt lastPage) {
    this.uri = uri;
    this.items = List.copyOf(items);
    this.next = next;
    this.lastPage = lastPage;
  }

  /** The page's URL. */
  public URI uri() {
    return uri;
  }

  /** The next page, empty on the last page. */
  public Optional<URI> next() {
    return next;
  }

  /** The number of the last page, empty when the server did not say. */
  public OptionalInt lastPage() {
    return lastPage;
  }

  /**
   * The items, in the server's order.
   *
   * @throws IllegalStateException after {@link #takeItems()}
   */
  public List<T> items() {
    List<T> i = items;
    if (i == null) {
      throw new IllegalStateException("the items of " + uri + " were handed on already");
    }
    return i;
  }

  /**
   * The items, once: the page lets go of them.
   *
   * @throws IllegalStateException when they were taken already
   */
  public List<T> takeItems() {
    List<T> i = items();
    items = null;
    return i;
  }
}
