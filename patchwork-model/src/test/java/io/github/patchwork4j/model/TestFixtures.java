package io.github.patchwork4j.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.patchwork4j.model.json.PatchworkJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the recorded fixtures from the test class path ({@code fixtures/...}). */
public final class TestFixtures {

  private TestFixtures() {}

  /** The production mapper with unknown keys turned into failures: nothing may go unmodelled. */
  public static ObjectMapper strictMapper() {
    ObjectMapper m = PatchworkJson.mapper();
    m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    return m;
  }

  /** The text of a class path resource, e.g. {@code fixtures/seeds/000_….txt}. */
  public static String text(String resource) {
    try (InputStream in = TestFixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no such test resource: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The JSON of a browsable-API capture: description lines, the {@code GET} line, the status
   * line, headers, a blank line, then the JSON body.
   */
  public static JsonNode seedBody(String name) {
    String capture = text("fixtures/seeds/" + name);
    String[] lines = capture.split("\n", -1);
    int i = 0;
    while (i < lines.length && !lines[i].startsWith("GET ")) {
      i++;
    }
    if (i + 1 >= lines.length || !lines[i + 1].startsWith("HTTP ")) {
      throw new IllegalArgumentException(name + ": no 'GET …' line followed by a status line");
    }
    i += 2;
    while (i < lines.length && !lines[i].isBlank()) {
      i++;
    }
    StringBuilder json = new StringBuilder();
    for (int j = i + 1; j < lines.length; j++) {
      json.append(lines[j]).append('\n');
    }
    try {
      return PatchworkJson.mapper().readTree(json.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": body is not JSON", e);
    }
  }

  /** A recorded exchange of {@code fixtures/recordings/}, e.g. {@code v1.3/018-patch-1.json}. */
  public static JsonNode recording(String path) {
    try {
      return PatchworkJson.mapper().readTree(text("fixtures/recordings/" + path));
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  /** The response body of a recorded exchange. */
  public static JsonNode recordedBody(String path) {
    return recording(path).path("response").path("body");
  }
}
