package io.github.patchwork4j.testkit.internal;

/** Integer parsing as Python's {@code int(str)} does it for the values the server receives. */
final class Ints {

  private Ints() {
  }

  /** True for an optionally signed run of ASCII digits, surrounding whitespace allowed. */
  static boolean isInt(String s) {
    if (s == null) {
      return false;
    }
    String t = s.strip();
    int start = t.startsWith("+") || t.startsWith("-") ? 1 : 0;
    if (t.length() == start || t.length() - start > 9) {
      return false;
    }
    for (int i = start; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static int parse(String s) {
    return Integer.parseInt(s.strip());
  }

  /** Digits only, as Django's {@code <int:...>} URL converter accepts them. */
  static boolean isDigits(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
