package io.github.patchwork4j.testkit;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.patchwork4j.model.json.PatchworkJson;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A response copied from the browsable HTML API of a real server (what a browser shows for
 * {@code ?format=api}): the view's description, the request line, {@code HTTP 200 OK}, the
 * headers, a blank line and the JSON body. The testkit ships three from patchwork.ozlabs.org.
 */
public final class Capture {

  private static final ObjectMapper MAPPER = PatchworkJson.mapper();
  private static final Pattern REQUEST = Pattern.compile("^(GET|HEAD|OPTIONS|POST|PUT|PATCH|DELETE) (\\S+)$",
      Pattern.MULTILINE);
  private static final Pattern STATUS = Pattern.compile("HTTP (\\d{3}) ?(.*)");

  private final String name;
  private final String description;
  private final String method;
  private final String path;
  private final int status;
  private final String reason;
  private final Map<String, String> headers;
  private final String body;

  private Capture(String name, String description, String method, String path, int status, String reason,
      Map<String, String> headers, String body) {
    this.name = name;
    this.description = description;
    this.method = method;
    this.path = path;
    this.status = status;
    this.reason = reason;
    this.headers = headers;
    this.body = body;
  }

  /** Parses the browsable-API text form. */
  static Capture parse(String name, String text) {
    String t = text.replace("\r\n", "\n");
    Matcher m = REQUEST.matcher(t);
    while (m.find()) {
      int next = t.indexOf('\n', m.end());
      if (next < 0) {
        break;
      }
      int lineEnd = t.indexOf('\n', next + 1);
      Matcher s = STATUS.matcher(t.substring(next + 1, lineEnd < 0 ? t.length() : lineEnd));
      if (!s.matches()) {
        continue;
      }
      Map<String, String> headers = new LinkedHashMap<>();
      int pos = lineEnd < 0 ? t.length() : lineEnd + 1;
      while (pos < t.length()) {
        int end = t.indexOf('\n', pos);
        String line = t.substring(pos, end < 0 ? t.length() : end);
        pos = end < 0 ? t.length() : end + 1;
        if (line.isEmpty()) {
          break;
        }
        int colon = line.indexOf(':');
        if (colon > 0) {
          headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
      }
      return new Capture(name, t.substring(0, m.start()).strip(), m.group(1), m.group(2),
          Integer.parseInt(s.group(1)), s.group(2), Collections.unmodifiableMap(headers), t.substring(pos));
    }
    throw new IllegalArgumentException(name + " is not a browsable-API capture: expected a request line such as"
        + " 'GET /api/1.2/patches/1/' followed by a status line such as 'HTTP 200 OK'");
  }

  /**
   * Where it was read from.
   *
   * @return where it was read from
   */
  public String name() {
    return name;
  }

  /**
   * The view's description shown above the request (e.g. {@code "get:\nShow a patch."}).
   *
   * @return the view's description shown above the request (e.g. {@code "get:\nShow a patch."})
   */
  public String description() {
    return description;
  }

  /**
   * The request method, e.g. {@code GET}.
   *
   * @return the request method, e.g. {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * Path and query as requested, e.g. {@code /api/1.2/patches/2225927/?format=api}.
   *
   * @return path and query as requested, e.g. {@code /api/1.2/patches/2225927/?format=api}
   */
  public String path() {
    return path;
  }

  /**
   * The HTTP status shown, e.g. 200.
   *
   * @return the HTTP status shown, e.g. 200
   */
  public int status() {
    return status;
  }

  /**
   * The reason phrase, e.g. {@code OK}.
   *
   * @return the reason phrase, e.g. {@code OK}
   */
  public String reason() {
    return reason;
  }

  /**
   * The answer headers shown ({@code Allow}, {@code Content-Type}, {@code Vary}).
   *
   * @return the answer headers shown ({@code Allow}, {@code Content-Type}, {@code Vary})
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * One answer header, case-insensitive.
   *
   * @param name the header name, case-insensitive
   * @return one answer header, case-insensitive
   */
  public Optional<String> header(String name) {
    return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue).findFirst();
  }

  /**
   * The body text (JSON, pretty-printed as the browsable API shows it).
   *
   * @return the body text (JSON, pretty-printed as the browsable API shows it)
   */
  public String body() {
    return body;
  }

  /**
   * The body read as a model type, e.g. {@code bodyAs(Patch.class)}.
   *
   * @param <T> the type of the value
   * @param type the model type, e.g. {@code Patch.class}
   * @return the body read as a model type, e.g. {@code bodyAs(Patch.class)}
   */
  public <T> T bodyAs(Class<T> type) {
    return read(MAPPER.constructType(type));
  }

  /**
   * A JSON array body read as model objects.
   *
   * @param <T> the type of the value
   * @param type the model type of the items
   * @return a JSON array body read as model objects
   */
  public <T> List<T> bodyAsListOf(Class<T> type) {
    return read(MAPPER.getTypeFactory().constructCollectionType(List.class, type));
  }

  private <T> T read(JavaType type) {
    try {
      return MAPPER.readerFor(type).readValue(body);
    } catch (IOException e) {
      throw new IllegalArgumentException(name + " does not read as " + type + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return name + ": " + method + " " + path + " -> " + status;
  }
}
