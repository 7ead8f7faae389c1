package io.github.patchwork4j.testkit;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.patchwork4j.model.json.PatchworkJson;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One recorded request and the server's answer, in the format of the testkit's recordings (and
 * of {@link Recorder}): {@code {"request": {"method", "path", "role", "body", "accept"},
 * "response": {"status", "headers", "body" | "bodyText"}}}. URLs in it are on {@code
 * http://patchwork.example}; no credential is recorded, only the {@link #role()} whose
 * credentials were sent.
 */
public final class RecordedExchange {

  private static final ObjectMapper MAPPER = PatchworkJson.mapper();

  private final String name;
  private final JsonNode exchange;

  RecordedExchange(String name, JsonNode exchange) {
    if (!exchange.path("request").isObject() || !exchange.path("response").isObject()) {
      throw new IllegalArgumentException(name + " is not a recorded exchange: it needs a \"request\" and a"
          + " \"response\" object (see the testkit's recordings/README.md)");
    }
    this.name = name;
    this.exchange = exchange;
  }

  /**
   * Where it was read from, e.g. {@code v1.3/018-patch-1}.
   *
   * @return where it was read from, e.g. {@code v1.3/018-patch-1}
   */
  public String name() {
    return name;
  }

  /**
   * The request method, e.g. {@code GET}.
   *
   * @return the request method, e.g. {@code GET}
   */
  public String method() {
    return exchange.at("/request/method").asText();
  }

  /**
   * Path and query as sent, e.g. {@code /api/1.3/patches/?project=alpha&page=2}.
   *
   * @return path and query as sent, e.g. {@code /api/1.3/patches/?project=alpha&page=2}
   */
  public String path() {
    return exchange.at("/request/path").asText();
  }

  /**
   * Whose credentials were sent: {@code anonymous}, {@code bad-token} or a username of the data
   * set.
   *
   * @return whose credentials were sent: {@code anonymous}, {@code bad-token} or a username of the
   *     data set
   */
  public String role() {
    return exchange.at("/request/role").asText("anonymous");
  }

  /**
   * The request body as JSON text; empty when none was sent.
   *
   * @return the request body as JSON text
   */
  public Optional<String> requestBody() {
    JsonNode b = exchange.at("/request/body");
    return b.isMissingNode() || b.isNull() ? Optional.empty() : Optional.of(b.toString());
  }

  /**
   * The {@code Accept} header when it was not {@code application/json}.
   *
   * @return the {@code Accept} header when it was not {@code application/json}
   */
  public Optional<String> accept() {
    JsonNode a = exchange.at("/request/accept");
    return a.isMissingNode() || a.isNull() ? Optional.empty() : Optional.of(a.asText());
  }

  /**
   * The HTTP status of the answer.
   *
   * @return the HTTP status of the answer
   */
  public int status() {
    return exchange.at("/response/status").asInt();
  }

  /**
   * The recorded answer headers ({@code Content-Type}, {@code Link}, {@code Allow}, …).
   *
   * @return the recorded answer headers ({@code Content-Type}, {@code Link}, {@code Allow}, …)
   */
  public Map<String, String> headers() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> h : exchange.at("/response/headers").properties()) {
      out.put(h.getKey(), h.getValue().asText());
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * One answer header, case-insensitive.
   *
   * @param name the header name, case-insensitive
   * @return one answer header, case-insensitive
   */
  public Optional<String> header(String name) {
    return headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue).findFirst();
  }

  /**
   * True when the answer was JSON.
   *
   * @return {@code true} when the answer was JSON
   */
  public boolean isJson() {
    return exchange.path("response").has("body");
  }

  /**
   * The answer body: JSON text when it was JSON, else the raw text (HTML, empty).
   *
   * @return the answer body: JSON text when it was JSON, else the raw text (HTML, empty)
   */
  public String body() {
    JsonNode response = exchange.get("response");
    return response.has("body") ? response.get("body").toString() : response.path("bodyText").asText("");
  }

  /**
   * The JSON answer read as a model type, e.g. {@code bodyAs(Patch.class)}.
   *
   * @param <T> the type of the value
   * @param type the model type, e.g. {@code Patch.class}
   * @return the JSON answer read as a model type, e.g. {@code bodyAs(Patch.class)}
   * @throws IllegalStateException if the answer was not JSON
   * @throws IllegalArgumentException if it does not read as that type
   */
  public <T> T bodyAs(Class<T> type) {
    return read(MAPPER.constructType(type));
  }

  /**
   * A JSON array answer (a list page) read as model objects, e.g. {@code bodyAsListOf(Patch.class)}.
   *
   * @param <T> the type of the value
   * @param type the model type of the items
   * @return a JSON array answer (a list page) read as model objects, e.g. {@code
   *     bodyAsListOf(Patch.class)}
   */
  public <T> List<T> bodyAsListOf(Class<T> type) {
    return read(MAPPER.getTypeFactory().constructCollectionType(List.class, type));
  }

  private <T> T read(JavaType type) {
    if (!isJson()) {
      throw new IllegalStateException(name + " answered " + status() + " without JSON");
    }
    try {
      return MAPPER.readerFor(type).readValue(exchange.at("/response/body"));
    } catch (IOException e) {
      throw new IllegalArgumentException(name + " does not read as " + type + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return name + ": " + method() + " " + path() + " as " + role() + " -> " + status();
  }
}
