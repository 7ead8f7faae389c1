package io.github.patchwork4j.testkit.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** One request as the fake server received it. */
public final class Call {

  private final String method;
  private final String rawPath;
  private final String rawQuery;
  private final List<String> segments;
  private final Query query;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  /**
   * @param url the path and query as sent, still percent-encoded
   * @param headers header names in any case
   */
  public Call(String method, String url, Map<String, List<String>> headers, byte[] body) {
    this.method = method.toUpperCase(Locale.ROOT);
    int q = url.indexOf('?');
    this.rawPath = q < 0 ? url : url.substring(0, q);
    this.rawQuery = q < 0 ? null : url.substring(q + 1);
    this.query = Query.parse(rawQuery);
    List<String> segs = new ArrayList<>();
    String[] parts = rawPath.split("/", -1);
    for (int i = 1; i < parts.length; i++) {
      segs.add(decode(parts[i]));
    }
    this.segments = Collections.unmodifiableList(segs);
    Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> h.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    this.headers = Collections.unmodifiableMap(h);
    this.body = body == null ? new byte[0] : body;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  public String method() {
    return method;
  }

  /** The path as sent, percent-encoded, without the query. */
  public String rawPath() {
    return rawPath;
  }

  /** The query as sent, or null when the URL had no {@code ?}. */
  public String rawQuery() {
    return rawQuery;
  }

  /** The path and query as sent. */
  public String fullPath() {
    return rawQuery == null || rawQuery.isEmpty() ? rawPath : rawPath + "?" + rawQuery;
  }

  /**
   * Decoded path segments after the leading slash; a path ending in a slash has an empty last
   * segment ({@code /api/} gives {@code ["api", ""]}).
   */
  public List<String> segments() {
    return segments;
  }

  public Query query() {
    return query;
  }

  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header, or null. */
  public String header(String name) {
    List<String> v = headers.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  public byte[] body() {
    return body.clone();
  }

  byte[] bodyBytes() {
    return body;
  }

  boolean hasBody() {
    return body.length > 0;
  }

  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
