package io.github.patchwork4j.client.internal;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One page of a list as read: its URL, its items, the next page's URL (already moved onto the
 * base) and, when the server sent {@code rel="last"} (Patchwork 3.1+), the last page's number.
 *
 * @param uri the page's URL
 * @param items the items, in the server's order
 * @param next the next page, empty on the last page
 * @param lastPage the number of the last page, empty when the server did not say
 */
public record RawPage<T>(URI uri, List<T> items, Optional<URI> next, OptionalInt lastPage) {

  /** Copies the items. */
  public RawPage {
    items = List.copyOf(items);
  }
}
