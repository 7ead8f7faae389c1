package io.github.patchwork4j.client;

/** Message-ID handling for filters: the server wants them without angle brackets. */
final class Msgids {

  private Msgids() {}

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
