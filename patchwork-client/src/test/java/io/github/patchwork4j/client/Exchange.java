package io.github.patchwork4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One recorded exchange from {@code fixtures/recordings/} (format: recordings/README.md), with
 * the recorded server address {@code http://patchwork.example} replaced by a test server's.
 */
final class Exchange {

  static final String RECORDED_BASE = "http://patchwork.example";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final JsonNode root;

  private Exchange(String name, JsonNode root) {
    this.name = name;
    this.root = root;
  }

  /** Loads e.g. {@code "writes/001-patch-set-state"}, rewriting the recorded base to {@code base}. */
  static Exchange load(String name, String base) {
    String path = "fixtures/recordings/" + name + ".json";
    try (InputStream in = Exchange.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no recording on the test classpath: " + path);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Exchange(name, JSON.readTree(text.replace(RECORDED_BASE, base)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads a recording with the recorded base left as it is. */
  static Exchange load(String name) {
    return load(name, RECORDED_BASE);
  }

  String name() {
    return name;
  }

  String method() {
    return root.path("request").path("method").asText();
  }

  /** The request path with its query, e.g. {@code /api/1.3/patches/3/}. */
  String path() {
    return root.path("request").path("path").asText();
  }

  String role() {
    return root.path("request").path("role").asText();
  }

  /** The request body sent, or a missing node when none was. */
  JsonNode requestBody() {
    JsonNode body = root.path("request").path("body");
    return body.isNull() ? MissingNode.getInstance() : body;
  }

  int status() {
    return root.path("response").path("status").asInt();
  }

  Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : root.path("response").path("headers").properties()) {
      headers.put(e.getKey(), e.getValue().asText());
    }
    return headers;
  }

  /** The JSON answer, or a missing node when the answer was not JSON. */
  JsonNode responseBody() {
    return root.path("response").path("body");
  }

  /** The answer as the server sent it: the JSON text, or the raw text. */
  String responseText() {
    JsonNode body = root.path("response").path("body");
    if (!body.isMissingNode()) {
      return body.toString();
    }
    return root.path("response").path("bodyText").asText("");
  }

  /** Parses a JSON text into a tree, for comparing bodies (absent and null differ). */
  static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
