package io.github.patchwork4j.testkit.internal;

import java.nio.charset.StandardCharsets;

/** The canonical links rows are stored with: API 1.3 URLs on {@link Dataset#CANONICAL_HOST}. */
final class Canon {

  static final String API = Dataset.CANONICAL_HOST + "/api/1.3/";

  private Canon() {
  }

  /**
   * The web path of a bundle ({@code /bundle/{owner}/{name}/}) as Django's {@code reverse()}
   * writes it: percent-encoded UTF-8 except letters, digits, {@code _.-~} and RFC 3986's
   * {@code pchar} delimiters {@code !$&'()*+,;=:@/}.
   */
  static String bundlePath(String username, String name) {
    return quote("/bundle/" + username + "/" + name + "/");
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "_.-~!$&'()*+,;=:@/".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return out.toString();
  }

}
