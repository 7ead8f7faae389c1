package io.github.patchwork4j.client.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The query string of a request, in the order parameters were added. A multi-value filter
 * is added once per value (the server reads repeated parameters as OR; it does not split
 * commas).
 */
public final class QueryParams {

  private final List<Map.Entry<String, String>> entries = new ArrayList<>();

  /** Adds {@code name=value}. */
  public QueryParams add(String name, String value) {
    entries.add(Map.entry(name, value));
    return this;
  }

  /** Adds {@code name=value} once per value. */
  public QueryParams addEach(String name, List<String> values) {
    values.forEach(v -> add(name, v));
    return this;
  }

  /** True when a parameter of this name was added. */
  public boolean has(String name) {
    return entries.stream().anyMatch(e -> e.getKey().equals(name));
  }

  /** Removes every parameter of this name. */
  public QueryParams remove(String name) {
    entries.removeIf(e -> e.getKey().equals(name));
    return this;
  }

  /** A copy that can be changed without changing this one. */
  public QueryParams copy() {
    QueryParams c = new QueryParams();
    c.entries.addAll(entries);
    return c;
  }

  /** The encoded query ({@code a=1&b=x%40y}), empty when there are no parameters. */
  public String encode() {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, String> e : entries) {
      if (b.length() > 0) {
        b.append('&');
      }
      b.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return b.toString();
  }

  /** {@code base} with this query appended ({@code base} must not have a query). */
  public URI appendTo(URI base) {
    String q = encode();
    return q.isEmpty() ? base : URI.create(base + "?" + q);
  }

  /** Percent-encodes one path segment (everything but RFC 3986 unreserved characters). */
  public static String pathSegment(String segment) {
    StringBuilder b = new StringBuilder();
    for (byte by : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = by & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return encode();
  }
}
