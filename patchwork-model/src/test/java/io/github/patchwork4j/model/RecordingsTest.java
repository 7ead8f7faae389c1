package io.github.patchwork4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.patchwork4j.model.event.Event;
import io.github.patchwork4j.model.json.PatchworkJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every body of {@code fixtures/recordings/} decodes, with unknown keys turned into failures, into
 * the type its request path holds, and survives object → JSON → object unchanged and JSON →
 * object → JSON up to what PatchworkJson documents as not kept. A new recording
 * is covered without new code; one that matches no route fails.
 */
class RecordingsTest {

  private static final TypeFactory TYPES = TypeFactory.defaultInstance();
  private static final String API = "^/api/(?:\\d+\\.\\d+/)?";

  /** Request path (query stripped) → the element type of the answer, and whether it is a list. */
  private static final Map<Pattern, Route> ROUTES = new LinkedHashMap<>();

  static {
    route("$", ApiIndex.class, false);
    route("projects/$", Project.class, true);
    route("projects/[^/]+/$", Project.class, false);
    route("patches/$", Patch.class, true);
    route("patches/\\d+/$", Patch.class, false);
    route("patches/\\d+/checks/$", Check.class, true);
    route("patches/\\d+/checks/\\d+/$", Check.class, false);
    route("(?:patches|covers)/\\d+/comments/$", Comment.class, true);
    route("(?:patches|covers)/\\d+/comments/\\d+/$", Comment.class, false);
    route("covers/$", Cover.class, true);
    route("covers/\\d+/$", Cover.class, false);
    route("series/$", Series.class, true);
    route("series/\\d+/$", Series.class, false);
    route("people/$", Submitter.class, true);
    route("people/\\d+/$", Submitter.class, false);
    route("users/$", User.class, true);
    route("users/\\d+/$", User.class, false);
    route("bundles/$", Bundle.class, true);
    route("bundles/\\d+/$", Bundle.class, false);
    route("events/$", Event.class, true);
  }

  /** Data set files: every object of the server, as API 1.3 detail views. */
  private static final Map<String, JavaType> DATASET = Map.of(
      "projects.json", list(Project.class),
      "people.json", list(Submitter.class),
      "users.json", list(User.class),
      "patches.json", list(Patch.class),
      "covers.json", list(Cover.class),
      "series.json", list(Series.class),
      "bundles.json", list(Bundle.class),
      "events.json", list(Event.class),
      "checks.json", TYPES.constructMapType(Map.class, TYPES.constructType(String.class),
          list(Check.class)),
      "comments.json", TYPES.constructMapType(Map.class, TYPES.constructType(String.class),
          list(Comment.class)));

  private final ObjectMapper strict = TestFixtures.strictMapper();

  private record Route(Pattern path, Class<?> type, boolean isList) {}

  private static void route(String regex, Class<?> type, boolean isList) {
    Pattern p = Pattern.compile(API + regex);
    ROUTES.put(p, new Route(p, type, isList));
  }

  private static JavaType list(Class<?> element) {
    return TYPES.constructCollectionType(List.class, element);
  }

  static Path recordingsRoot() {
    try {
      return Paths.get(RecordingsTest.class.getClassLoader()
          .getResource("fixtures/recordings/README.md").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> exchangeFiles() {
    Path root = recordingsRoot();
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".json"))
          .filter(f -> !root.relativize(f).startsWith("dataset"))
          // mail/: answers to delivered mail, replayed by the testkit's MailParityTest; they include
          // API 1.0/1.1 bodies (fields absent, which the model writes back as null) and mbox text
          .filter(f -> !root.relativize(f).startsWith("mail"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The type a recorded exchange's JSON body holds; fails when no route matches. */
  static JavaType typeOf(JsonNode exchange) {
    String method = exchange.path("request").path("method").asText();
    String path = exchange.path("request").path("path").asText().replaceFirst("\\?.*$", "");
    int status = exchange.path("response").path("status").asInt();
    if (status >= 400) {
      return TYPES.constructType(ErrorBody.class);
    }
    for (Route r : ROUTES.values()) {
      if (r.path().matcher(path).matches()) {
        boolean created = method.equals("POST");
        return r.isList() && !created ? list(r.type()) : TYPES.constructType(r.type());
      }
    }
    return fail("No route in RecordingsTest.ROUTES for %s %s: add one", method, path);
  }

  @TestFactory
  Stream<DynamicTest> everyRecordedBodyDecodesStrictlyAndRoundTrips() {
    Path root = recordingsRoot();
    return exchangeFiles().stream().map(f -> DynamicTest.dynamicTest(
        root.relativize(f).toString(), () -> {
          JsonNode exchange = strict.readTree(f.toFile());
          JsonNode response = exchange.path("response");
          if (!response.has("body")) {
            String text = response.path("bodyText").asText();
            assertThat(text.isBlank() || !isJson(text))
                .as("a JSON answer must be recorded as body, not bodyText").isTrue();
            return;
          }
          decodeAndRoundTrip(response.get("body"), typeOf(exchange));
        }));
  }

  @TestFactory
  Stream<DynamicTest> everyDatasetFileDecodesStrictlyAndRoundTrips() throws IOException {
    Path dataset = recordingsRoot().resolve("dataset");
    List<Path> files;
    try (Stream<Path> s = Files.list(dataset)) {
      files = s.sorted().toList();
    }
    return files.stream().map(f -> DynamicTest.dynamicTest("dataset/" + f.getFileName(), () -> {
      JavaType type = DATASET.get(f.getFileName().toString());
      assertThat(type).as("no type in RecordingsTest.DATASET for %s", f.getFileName()).isNotNull();
      JsonNode body = strict.readTree(f.toFile());
      Object value = decodeAndRoundTrip(body, type);
      if (f.getFileName().toString().equals("checks.json")) {
        assertThat(((Map<?, ?>) value).keySet()).allMatch(k -> k.toString().matches("\\d+"));
      }
      if (f.getFileName().toString().equals("comments.json")) {
        assertThat(((Map<?, ?>) value).keySet())
            .allMatch(k -> k.toString().matches("(patch|cover)/\\d+"));
      }
    }));
  }

  @Test
  void everyRouteIsUsedAndOnlyHtmlOrEmptyAnswersAreSkipped() throws IOException {
    Set<Pattern> used = new LinkedHashSet<>();
    List<String> skipped = new ArrayList<>();
    for (Path f : exchangeFiles()) {
      JsonNode exchange = strict.readTree(f.toFile());
      if (!exchange.path("response").has("body")) {
        skipped.add(exchange.path("response").path("bodyText").asText().strip());
        continue;
      }
      String path = exchange.path("request").path("path").asText().replaceFirst("\\?.*$", "");
      ROUTES.keySet().stream().filter(p -> p.matcher(path).matches()).findFirst()
          .ifPresent(used::add);
    }
    assertThat(used).containsExactlyInAnyOrderElementsOf(ROUTES.keySet());
    // Skipped (non-JSON) answers are only the server's HTML error pages and empty bodies.
    assertThat(skipped).as("%d exchanges without a JSON body", skipped.size()).isNotEmpty()
        .allSatisfy(text -> assertThat(text.isBlank() || text.startsWith("<!DOCTYPE html>"))
            .as(text.length() > 60 ? text.substring(0, 60) : text).isTrue());
  }

  private Object decodeAndRoundTrip(JsonNode body, JavaType type) throws IOException {
    Object value = strict.readerFor(type).readValue(body);
    assertThat(value).as("decoded %s", type).isNotNull();
    String written = PatchworkJson.mapper().writerFor(type).writeValueAsString(value);
    Object reread = strict.readerFor(type).readValue(written);
    assertThat(reread).as("object -> JSON -> object").isEqualTo(value);
    assertThat(JsonDiff.differences(lossless(body), lossless(strict.readTree(written))))
        .as("JSON -> object -> JSON").isEmpty();
    return value;
  }

  /**
   * The JSON without what the model documents it does not keep (PatchworkJson's writing rule):
   * a person's {@code user: null} (sent by /people/ only), {@code addressed: null} (absent below
   * 1.3, written as null), an empty {@code related} (a PATCH answer may omit it), empty 1.4
   * {@code dependencies}/{@code dependents}, and an error {@code detail} array (read as one
   * joined message).
   */
  private static JsonNode lossless(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node.isObject()) {
      ObjectNode o = (ObjectNode) node;
      for (String key : List.of("user", "addressed")) {
        if (o.path(key).isNull()) {
          o.remove(key);
        }
      }
      for (String key : List.of("related", "dependencies", "dependents")) {
        if (o.path(key).isArray() && o.path(key).isEmpty()) {
          o.remove(key);
        }
      }
      if (o.path("detail").isArray()) {
        List<String> messages = new ArrayList<>();
        o.path("detail").forEach(m -> messages.add(m.asText()));
        o.put("detail", String.join(" ", messages));
      }
    }
    node.forEach(RecordingsTest::strip);
  }

  private boolean isJson(String text) {
    try {
      strict.readTree(text);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
