package io.github.patchwork4j.client.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.requestMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A WireMock server on 127.0.0.1 (one per test, no static state) that answers with recorded
 * exchanges from {@code fixtures/recordings/}: the recorded status, headers ({@code
 * Content-Type}, {@code Link}, {@code Location}, {@code Allow}) and body, with the recorded
 * host {@code http://patchwork.example} replaced by this server's URL.
 *
 * <p>A stub matches the recorded method, path and query parameters as a multiset (order
 * does not matter, a recorded {@code page=1} also matches an absent {@code page}), the
 * recorded request body as JSON (when one was recorded) and the recorded role: {@code anonymous} requests must carry no {@code Authorization}, others
 * must carry one.
 */
public final class RecordedServer implements AutoCloseable {

  /** The host the recordings were made with. */
  public static final String RECORDED_HOST = "http://patchwork.example";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final WireMockServer server;

  private RecordedServer(WireMockServer server) {
    this.server = server;
  }

  /** Starts a server on a free port of 127.0.0.1, with optional WireMock extensions. */
  public static RecordedServer start(Extension... extensions) {
    WireMockServer s = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(extensions));
    s.start();
    return new RecordedServer(s);
  }

  /** {@code http://127.0.0.1:PORT} (no trailing slash). */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** The underlying server, for stubs the recordings do not cover. */
  public WireMockServer wireMock() {
    return server;
  }

  /**
   * Loads a recording: {@code "v1.3/patch-1"} finds {@code v1.3/NNN-patch-1.json}; a full
   * file name ({@code "v1.3/018-patch-1"}) works too. The host is rewritten to this server.
   */
  public Recording recording(String name) {
    return Recording.load(name, baseUrl());
  }

  /** Loads a recording without rewriting its host (to test how links are rebased). */
  public Recording recordingAsRecorded(String name) {
    return Recording.load(name, RECORDED_HOST);
  }

  /** Loads a recording and serves it. */
  public Recording stub(String name) {
    Recording r = recording(name);
    stub(r);
    return r;
  }

  /** Serves a recording (or a derived one). */
  public void stub(Recording r) {
    server.stubFor(requestMatching(request -> MatchResult.of(matches(r, request))).willReturn(response(r)));
  }

  /** Serves several recordings. */
  public void stubAll(String... names) {
    for (String n : names) {
      stub(n);
    }
  }

  /** Every request received, oldest first. */
  public List<LoggedRequest> requests() {
    List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
    Collections.reverse(events);
    return events.stream().map(ServeEvent::getRequest).collect(Collectors.toList());
  }

  /** The URLs (path and query) of every request received, oldest first. */
  public List<String> requestUrls() {
    return requests().stream().map(LoggedRequest::getUrl).collect(Collectors.toList());
  }

  /** Requests no stub answered (WireMock then answers 404). */
  public List<LoggedRequest> unmatched() {
    return server.findAllUnmatchedRequests();
  }

  @Override
  public void close() {
    server.stop();
  }

  private static ResponseDefinitionBuilder response(Recording r) {
    ResponseDefinitionBuilder b = aResponse().withStatus(r.status());
    r.headers().forEach(b::withHeader);
    if (r.bodyText() != null && !r.bodyText().isEmpty()) {
      b.withBody(r.bodyText().getBytes(StandardCharsets.UTF_8));
    }
    return b;
  }

  private static boolean matches(Recording r, Request request) {
    if (!request.getMethod().getName().equalsIgnoreCase(r.method())) {
      return false;
    }
    URI recorded = URI.create(r.path());
    URI actual = URI.create(request.getUrl());
    if (!recorded.getRawPath().equals(actual.getRawPath())) {
      return false;
    }
    if (!params(recorded.getRawQuery()).equals(params(actual.getRawQuery()))) {
      return false;
    }
    if (r.requestBody() != null) {
      try {
        if (!JSON.readTree(r.requestBody()).equals(JSON.readTree(request.getBodyAsString()))) {
          return false;
        }
      } catch (IOException e) {
        return false;
      }
    }
    boolean anonymous = "anonymous".equals(r.role());
    return anonymous != request.containsHeader("Authorization");
  }

  /** The query as a sorted list of decoded {@code name=value}, without {@code page=1}. */
  static List<String> params(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return List.of();
    }
    return Stream.of(rawQuery.split("&"))
        .map(p -> URLDecoder.decode(p, StandardCharsets.UTF_8))
        .filter(p -> !p.equals("page=1"))
        .sorted()
        .collect(Collectors.toList());
  }

  /** A recorded exchange, with the host already rewritten. */
  public record Recording(
      String file,
      String method,
      String path,
      String role,
      int status,
      Map<String, String> headers,
      String bodyText,
      String requestBody) {

    /** A recording of a request without body. */
    public Recording(String file, String method, String path, String role, int status,
        Map<String, String> headers, String bodyText) {
      this(file, method, path, role, status, headers, bodyText, null);
    }

    /** The body parsed as JSON (host rewritten); fails for a non-JSON body. */
    public JsonNode json() {
      try {
        return JSON.readTree(bodyText);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** A copy with another request path (e.g. to serve a page at a URL the test chose). */
    public Recording withPath(String newPath) {
      return new Recording(file, method, newPath, role, status, headers, bodyText, requestBody);
    }

    /**
     * The recording as answered to a request that also sent {@code per_page=perPage}, for a
     * list recorded without {@code per_page} (the server's default, 30). Only for answers
     * that hold the whole list (no {@code rel="next"}) or when {@code perPage} is 30, where the
     * server's answer is the same.
     */
    public Recording withPageSize(int perPage) {
      if (path.contains("per_page=")) {
        return this;
      }
      if (perPage != 30 && headers.getOrDefault("Link", "").contains("rel=\"next\"")) {
        throw new IllegalArgumentException(file + " has more pages; per_page=" + perPage + " would change it");
      }
      return withPath(path + (path.contains("?") ? "&" : "?") + "per_page=" + perPage);
    }

    /** A copy with a header changed ({@code null} removes it). */
    public Recording withHeader(String name, String value) {
      Map<String, String> h = new java.util.LinkedHashMap<>(headers);
      if (value == null) {
        h.remove(name);
      } else {
        h.put(name, value);
      }
      return new Recording(file, method, path, role, status, h, bodyText, requestBody);
    }

    /** A copy answering with another status. */
    public Recording withStatus(int newStatus) {
      return new Recording(file, method, path, role, newStatus, headers, bodyText, requestBody);
    }

    /** A copy with another method. */
    public Recording withMethod(String newMethod) {
      return new Recording(file, newMethod, path, role, status, headers, bodyText, requestBody);
    }

    /** A copy with another body. */
    public Recording withBody(String body) {
      return new Recording(file, method, path, role, status, headers, body, requestBody);
    }

    /** A copy that matches requests of another role. */
    public Recording withRole(String newRole) {
      return new Recording(file, method, path, newRole, status, headers, bodyText, requestBody);
    }

    /** A recording exactly as recorded (host {@code http://patchwork.example}). */
    public static Recording asRecorded(String name) {
      return load(name, RECORDED_HOST);
    }

    static Recording load(String name, String host) {
      String file = resolve(name);
      JsonNode root;
      try (InputStream in = RecordedServer.class.getClassLoader().getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalArgumentException("no recording " + file);
        }
        root = JSON.readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      JsonNode req = root.get("request");
      JsonNode res = root.get("response");
      Map<String, String> headers = new java.util.LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : res.get("headers").properties()) {
        String k = e.getKey();
        if (!k.equalsIgnoreCase("Vary")) {
          headers.put(k, e.getValue().asText().replace(RECORDED_HOST, host));
        }
      }
      String body;
      if (res.hasNonNull("body")) {
        body = res.get("body").toString();
      } else if (res.hasNonNull("bodyText")) {
        body = res.get("bodyText").asText();
      } else {
        body = "";
      }
      return new Recording(
          file,
          req.get("method").asText(),
          req.get("path").asText(),
          req.has("role") ? req.get("role").asText() : "anonymous",
          res.get("status").asInt(),
          headers,
          body.replace(RECORDED_HOST, host),
          req.hasNonNull("body") ? req.get("body").toString() : null);
    }

    private static String resolve(String name) {
      String base = "fixtures/recordings/" + name;
      if (RecordedServer.class.getClassLoader().getResource(base + ".json") != null) {
        return base + ".json";
      }
      int slash = name.lastIndexOf('/');
      String dir = "fixtures/recordings/" + name.substring(0, slash);
      String suffix = "-" + name.substring(slash + 1) + ".json";
      URL url = RecordedServer.class.getClassLoader().getResource(dir);
      if (url == null) {
        throw new IllegalArgumentException("no recordings folder " + dir);
      }
      try (Stream<Path> files = Files.list(Paths.get(url.toURI()))) {
        List<String> found = files.map(p -> p.getFileName().toString())
            .filter(f -> f.matches("\\d{3}" + java.util.regex.Pattern.quote(suffix)))
            .collect(Collectors.toList());
        if (found.size() != 1) {
          throw new IllegalArgumentException("expected one recording " + dir + "/NNN" + suffix + ", found " + found);
        }
        return dir + "/" + found.get(0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
