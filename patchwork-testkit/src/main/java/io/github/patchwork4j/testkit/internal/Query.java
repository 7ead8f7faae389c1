package io.github.patchwork4j.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A query string as Django reads it ({@code parse_qsl} with blank values kept; repeated keys keep
 * their order) and as DRF writes it back into {@code Link} URLs (keys sorted, {@code quote_plus}).
 */
public final class Query {

  private final List<Map.Entry<String, String>> pairs;

  private Query(List<Map.Entry<String, String>> pairs) {
    this.pairs = pairs;
  }

  public static Query parse(String raw) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    if (raw != null && !raw.isEmpty()) {
      for (String part : raw.split("&")) {
        if (part.isEmpty()) {
          continue;
        }
        int eq = part.indexOf('=');
        String key = eq < 0 ? part : part.substring(0, eq);
        String value = eq < 0 ? "" : part.substring(eq + 1);
        pairs.add(Map.entry(unquotePlus(key), unquotePlus(value)));
      }
    }
    return new Query(Collections.unmodifiableList(pairs));
  }

  static String unquotePlus(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // a stray '%': Python keeps it as it is
      return s.replace('+', ' ');
    }
  }

  public List<Map.Entry<String, String>> pairs() {
    return pairs;
  }

  public boolean has(String key) {
    for (Map.Entry<String, String> p : pairs) {
      if (p.getKey().equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** Every value of a key, in order. */
  public List<String> all(String key) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, String> p : pairs) {
      if (p.getKey().equals(key)) {
        out.add(p.getValue());
      }
    }
    return out;
  }

  /** The last value of a key (Django's {@code QueryDict.get}), or null. */
  public String last(String key) {
    String out = null;
    for (Map.Entry<String, String> p : pairs) {
      if (p.getKey().equals(key)) {
        out = p.getValue();
      }
    }
    return out;
  }

  /**
   * DRF's {@code replace_query_param}/{@code remove_query_param}: the query with {@code page}
   * set (or removed when {@code page} is null), keys sorted, values {@code quote_plus}-encoded.
   * Empty when nothing is left.
   */
  String withPage(Integer page) {
    Map<String, List<String>> byKey = new LinkedHashMap<>();
    for (Map.Entry<String, String> p : pairs) {
      byKey.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(p.getValue());
    }
    if (page == null) {
      byKey.remove("page");
    } else {
      byKey.put("page", List.of(Integer.toString(page)));
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, List<String>> e : new TreeMap<>(byKey).entrySet()) {
      for (String v : e.getValue()) {
        if (sb.length() > 0) {
          sb.append('&');
        }
        sb.append(quotePlus(e.getKey())).append('=').append(quotePlus(v));
      }
    }
    return sb.toString();
  }

  /** Python's {@code quote_plus} with nothing but {@code A-Za-z0-9_.-~} left unescaped. */
  static String quotePlus(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 8);
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '_' || c == '.' || c == '-' || c == '~') {
        out.write(c);
      } else if (c == ' ') {
        out.write('+');
      } else {
        out.write('%');
        out.write(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.write(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return out.toString(StandardCharsets.US_ASCII);
  }
}
