package io.github.patchwork4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request a {@link FakePatchwork} received, exactly as the client sent it: method, path and
 * query as sent (still percent-encoded), headers, and the body text. The value of the {@code
 * Authorization} and {@code Cookie} headers is never kept: {@link #user()} says whose
 * credentials they were.
 *
 * <p>For JSON bodies the top-level fields can be inspected without parsing: {@link
 * #hasField(String)} tells a field that was sent from one that was left out, {@link
 * #isNull(String)} a field sent as JSON {@code null} from one with a value, so a test can assert
 * that a bot cleared a delegate ({@code "delegate": null}) rather than leaving it alone.
 */
public final class RecordedRequest {

  private static final String REDACTED = "<redacted>";

  private final String method;
  private final String path;
  private final String query;
  private final Map<String, List<String>> headers;
  private final String body;
  private final String user;
  private final JsonNode json;

  RecordedRequest(String method, String path, String query, Map<String, List<String>> headers, byte[] body,
      String user) {
    this.method = method;
    this.path = path;
    this.query = query == null ? "" : query;
    Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> {
      String lower = k.toLowerCase(Locale.ROOT);
      h.put(k, lower.equals("authorization") || lower.equals("cookie")
          ? List.of(REDACTED) : List.copyOf(v));
    });
    this.headers = Collections.unmodifiableMap(h);
    this.body = body == null || body.length == 0 ? null : new String(body, StandardCharsets.UTF_8);
    this.user = user;
    this.json = parse(this.body);
  }

  private static JsonNode parse(String body) {
    if (body == null) {
      return null;
    }
    try {
      return io.github.patchwork4j.testkit.internal.Json.parse(body);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The HTTP method, upper case ({@code "PATCH"}).
   *
   * @return the HTTP method, upper case ({@code "PATCH"})
   */
  public String method() {
    return method;
  }

  /**
   * The path as sent, e.g. {@code /api/1.3/patches/1/}.
   *
   * @return the path as sent, e.g. {@code /api/1.3/patches/1/}
   */
  public String path() {
    return path;
  }

  /**
   * The query string as sent, without {@code ?}; empty when there was none.
   *
   * @return the query string as sent, without {@code ?}
   */
  public String query() {
    return query;
  }

  /**
   * Path and query, e.g. {@code /api/1.3/patches/?project=alpha&page=2}.
   *
   * @return path and query, e.g. {@code /api/1.3/patches/?project=alpha&page=2}
   */
  public String pathAndQuery() {
    return query.isEmpty() ? path : path + "?" + query;
  }

  /**
   * The query parameters, decoded as the server decodes them; repeated parameters keep every
   * value in order.
   *
   * @return the query parameters, decoded as the server decodes them
   */
  public Map<String, List<String>> queryParameters() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> p : io.github.patchwork4j.testkit.internal.Query.parse(query).pairs()) {
      out.computeIfAbsent(p.getKey(), k -> new java.util.ArrayList<>()).add(p.getValue());
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Every header, names case-insensitive; credentials and cookies replaced by {@code <redacted>}.
   *
   * @return every header, names case-insensitive
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of a header (credentials redacted).
   *
   * @param name the header name, case-insensitive
   * @return the first value of a header (credentials redacted)
   */
  public Optional<String> header(String name) {
    List<String> v = headers.get(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /**
   * The username the request's token or password belongs to; empty for anonymous or bad credentials.
   *
   * @return the username the request's token or password belongs to
   */
  public Optional<String> user() {
    return Optional.ofNullable(user);
  }

  /**
   * The body as sent (UTF-8); empty when the request had none.
   *
   * @return the body as sent (UTF-8)
   */
  public Optional<String> body() {
    return Optional.ofNullable(body);
  }

  /**
   * True when the body is a JSON object with this top-level field, whatever its value (null too).
   *
   * @param name the top-level field's name
   * @return {@code true} when the body is a JSON object with this top-level field, whatever its
   *     value (null too)
   */
  public boolean hasField(String name) {
    return json != null && json.isObject() && json.has(name);
  }

  /**
   * True when the body is a JSON object whose field is present and JSON {@code null}.
   *
   * @param name the top-level field's name
   * @return {@code true} when the body is a JSON object whose field is present and JSON {@code
   *     null}
   */
  public boolean isNull(String name) {
    return hasField(name) && json.get(name).isNull();
  }

  /**
   * A top-level field of a JSON body as JSON text: {@code "\"accepted\""}, {@code "5"}, {@code
   * "null"}, {@code "[5,6]"}. Empty when the field was not sent (or the body is not a JSON object).
   *
   * @param name the top-level field's name
   * @return a top-level field of a JSON body as JSON text: {@code "\"accepted\""}, {@code "5"},
   *     {@code "null"}, {@code "[5,6]"}
   */
  public Optional<String> fieldJson(String name) {
    return hasField(name) ? Optional.of(json.get(name).toString()) : Optional.empty();
  }

  /**
   * A top-level field of a JSON body as text: a string's value, a number or boolean as written.
   * Empty when the field was not sent or is JSON {@code null} (tell them apart with {@link
   * #hasField(String)}), or is an array or object.
   *
   * @param name the top-level field's name
   * @return a top-level field of a JSON body as text: a string's value, a number or boolean as
   *     written
   */
  public Optional<String> fieldText(String name) {
    if (!hasField(name)) {
      return Optional.empty();
    }
    JsonNode v = json.get(name);
    return v.isValueNode() && !v.isNull() ? Optional.of(v.asText()) : Optional.empty();
  }

  /** {@code METHOD path?query} and the body, without credentials. */
  @Override
  public String toString() {
    return method + " " + pathAndQuery() + (body == null ? "" : " " + body);
  }
}
