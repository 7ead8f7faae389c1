package io.github.patchwork4j.client;

import io.github.patchwork4j.client.error.UnsupportedFeatureException;
import java.net.URI;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Message-ID handling for filters: the server wants them without angle brackets. */
final class Msgids {

  private Msgids() {}

  /**
   * A check for the pages of a list filtered by {@code msgid}: the server matches the
   * Message-ID exactly (letter case as the database compares it), so an item with another one
   * means the server ignored the filter — Patchwork 2.2.x, which offers API 1.2 but filters by
   * Message-ID only from 3.0, answers the whole list.
   *
   * @param msgid the filter's value, without angle brackets
   * @param msgidOf the item's Message-ID, with angle brackets
   */
  static <T> BiConsumer<URI, List<T>> mustMatch(String msgid, Function<T, String> msgidOf, ApiFeature feature) {
    return (uri, items) -> {
      for (T item : items) {
        String m = msgidOf.apply(item);
        if (m == null || !bareOrSame(m).equalsIgnoreCase(msgid)) {
          throw new UnsupportedFeatureException(
              "The server ignored " + feature.description() + " and answered items with other"
                  + " Message-IDs (" + m + " for " + msgid + "): it is a Patchwork release before 3.0"
                  + " (2.2.x also offers API " + feature.since() + "). Upgrade the server, or search"
                  + " otherwise (e.g. patches by hash).",
              "GET", uri, feature.description(), feature.since(), feature.since());
        }
      }
    };
  }

  private static String bareOrSame(String m) {
    String s = m.strip();
    return s.startsWith("<") && s.endsWith(">") && s.length() > 2 ? s.substring(1, s.length() - 1) : s;
  }

  /** {@code <a@b>} or {@code a@b} → {@code a@b}. */
  static String bare(String messageId) {
    String m = QuerySpec.text(messageId, "msgid");
    if (m.startsWith("<")) {
      m = m.substring(1);
    }
    if (m.endsWith(">")) {
      m = m.substring(0, m.length() - 1);
    }
    if (m.isBlank()) {
      throw new IllegalArgumentException("msgid is empty");
    }
    return m.strip();
  }
}
