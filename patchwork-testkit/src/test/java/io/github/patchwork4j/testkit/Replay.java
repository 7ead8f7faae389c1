package io.github.patchwork4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Test helper: reads recorded exchanges and replays them against a fake with plain HTTP. */
final class Replay {

  static final String RECORDED_HOST = "http://patchwork.example";
  static final String BAD_TOKEN = "0123456789abcdef0123456789abcdef01234567";
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(10))
      .build();
  private static final Pattern NAIVE_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{6})?");

  private Replay() {
  }

  /** The recorded exchanges of a folder (e.g. "v1.3"), in file order. */
  static List<Path> files(String folder) {
    URL url = Replay.class.getResource("/io/github/patchwork4j/testkit/recordings/" + folder + "/");
    if (url == null) {
      throw new IllegalStateException("no recordings folder " + folder + " on the classpath");
    }
    try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode read(Path file) {
    try {
      return MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends the recorded request to the fake, with the credentials of the recorded role. */
  static HttpResponse<String> send(FakePatchwork fake, JsonNode request) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fake.baseUrl() + request.get("path").asText()))
        .timeout(Duration.ofSeconds(30));
    String role = request.path("role").asText("anonymous");
    if (role.equals("bad-token")) {
      b.header("Authorization", "Token " + BAD_TOKEN);
    } else if (!role.equals("anonymous")) {
      b.header("Authorization", "Token " + fake.tokenFor(role));
    }
    b.header("Accept", request.hasNonNull("accept") ? request.get("accept").asText() : "application/json");
    JsonNode body = request.get("body");
    String method = request.get("method").asText();
    if (body != null && !body.isNull()) {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A deliberate difference: at these JSON paths ("*" = any array index) only the kind of value is compared. */
  record Leeway(String reason, List<String> paths) {
  }

  /**
   * Every difference between the recorded response and the fake's, as readable lines; empty
   * when they match (URL host aside).
   */
  static List<String> differences(FakePatchwork fake, JsonNode response, HttpResponse<String> actual,
      Optional<Leeway> leeway) {
    List<String> out = new ArrayList<>();
    Function<String, String> host = s -> s.replace(fake.baseUrl().toString(), RECORDED_HOST);
    int status = response.get("status").asInt();
    if (status != actual.statusCode()) {
      out.add("status " + actual.statusCode() + " instead of " + status + ": " + abbreviate(actual.body()));
      return out;
    }
    JsonNode headers = response.get("headers");
    String wantType = mediaType(headers.path("Content-Type").asText(null));
    String gotType = mediaType(actual.headers().firstValue("Content-Type").orElse(null));
    if (wantType == null ? gotType != null && !actual.body().isEmpty() : !wantType.equals(gotType)) {
      out.add("Content-Type " + gotType + " instead of " + wantType);
    }
    for (String h : new String[] {"Link", "Location", "Allow"}) {
      String want = headers.path(h).asText(null);
      String got = actual.headers().firstValue(h).map(host).orElse(null);
      if (want != null && !want.equals(got)) {
        out.add(h + " header\n  got  " + got + "\n  want " + want);
      }
    }
    if (response.has("body")) {
      JsonNode got;
      try {
        got = MAPPER.readTree(host.apply(actual.body()));
      } catch (IOException e) {
        out.add("body is not JSON: " + abbreviate(actual.body()));
        return out;
      }
      compare("", response.get("body"), got, leeway.map(Leeway::paths).orElse(List.of()), out);
    }
    return out;
  }

  private static String mediaType(String contentType) {
    return contentType == null ? null : contentType.split(";")[0].strip();
  }

  private static void compare(String path, JsonNode want, JsonNode got, List<String> loose, List<String> out) {
    if (out.size() > 20) {
      return;
    }
    if (matches(path, loose)) {
      if (want.getNodeType() != got.getNodeType()
          || want.isTextual() && NAIVE_DATE.matcher(want.asText()).matches()
          && !NAIVE_DATE.matcher(got.asText()).matches()) {
        out.add(path + ": " + got + " is not like " + want);
      }
      return;
    }
    if (want.isObject() && got.isObject()) {
      for (Map.Entry<String, JsonNode> f : want.properties()) {
        if (!got.has(f.getKey())) {
          out.add(path + "/" + f.getKey() + ": missing (want " + abbreviate(f.getValue().toString()) + ")");
        } else {
          compare(path + "/" + f.getKey(), f.getValue(), got.get(f.getKey()), loose, out);
        }
      }
      for (Iterator<String> it = got.fieldNames(); it.hasNext();) {
        String k = it.next();
        if (!want.has(k)) {
          out.add(path + "/" + k + ": unexpected (" + abbreviate(got.get(k).toString()) + ")");
        }
      }
    } else if (want.isArray() && got.isArray()) {
      if (want.size() != got.size()) {
        out.add(path + ": " + got.size() + " items instead of " + want.size() + " (ids "
            + ids(got) + " instead of " + ids(want) + ")");
        return;
      }
      for (int i = 0; i < want.size(); i++) {
        compare(path + "/" + i, want.get(i), got.get(i), loose, out);
      }
    } else if (!want.equals(got)) {
      out.add(path + ": " + abbreviate(got.toString()) + " instead of " + abbreviate(want.toString()));
    }
  }

  private static boolean matches(String path, List<String> patterns) {
    for (String p : patterns) {
      String regex = Pattern.quote(p).replace("*", "\\E\\d+\\Q");
      if (path.matches(regex)) {
        return true;
      }
    }
    return false;
  }

  private static String ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.path("id").asText("?")));
    return ids.size() > 12 ? ids.subList(0, 12) + "…" : ids.toString();
  }

  static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }
}
