package io.github.patchwork4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.patchwork4j.testkit.internal.Dataset;
import io.github.patchwork4j.testkit.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records a Patchwork server's answers into fixture files in the testkit's format, so you can
 * refresh fixtures from your own instance (or test against a data set of your own).
 *
 * <pre>{@code
 * Recorder recorder = Recorder.builder()
 *     .baseUrl("https://patchwork.example.org")
 *     .token("maint", System.getenv("PW_TOKEN"))      // the role name is recorded, never the token
 *     .into(Path.of("src/test/resources/patchwork"))
 *     .build();
 * recorder.record("v1.3/001-patch", "GET", "/api/1.3/patches/1/", "maint");
 * recorder.recordDataset("dataset");                    // then FakePatchwork.builder().dataset(...)
 * }</pre>
 *
 * <p>What is written: the method, path, role and JSON body of the request; the status, the
 * {@code Content-Type}, {@code Link}, {@code Location}, {@code Allow} and {@code
 * Content-Disposition} headers and the body of the answer. Credentials, cookies and every other
 * header ({@code Date}, {@code Vary}, {@code Server}, {@code Set-Cookie}, …) are left out, and the
 * server's address (with {@code http://} or {@code https://}) is replaced by {@code
 * http://patchwork.example} everywhere. Not thread-safe.
 */
public final class Recorder {

  private static final List<String> KEPT_HEADERS = List.of("Content-Type", "Link", "Location", "Allow",
      "Content-Disposition");
  private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?next\"?");

  private final URI base;
  private final Map<String, String> credentials;
  private final Path directory;
  private final HttpClient http;
  private final List<String> hostForms;

  private Recorder(Builder b) {
    this.base = b.base;
    this.credentials = new LinkedHashMap<>(b.credentials);
    this.directory = b.directory;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    String authority = base.getRawAuthority();
    this.hostForms = List.of("https://" + authority, "http://" + authority);
  }

  /**
   * How to build a recorder: the server, the credentials of each role, the output directory.
   *
   * @return this builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Sends a request without body as the role and writes {@code name.json} under the output directory.
   *
   * @param name the file name to write, without {@code .json}
   * @param method the HTTP method
   * @param path the path and query, e.g. {@code /api/1.3/patches/?per_page=5}
   * @param role whose credentials to send (a role given to the builder), or {@code anonymous}
   * @return the request and the answer, as written
   */
  public RecordedExchange record(String name, String method, String path, String role) {
    return record(name, method, path, role, null);
  }

  /**
   * Sends a request as the role ({@code anonymous} or one given to the builder) and writes the
   * exchange to {@code <directory>/<name>.json} (folders in the name are created).
   *
   * @param path path and query on the server, e.g. {@code /api/1.3/patches/?project=alpha}
   * @param jsonBody the JSON body, or null for none
   * @param name the file name to write, without {@code .json}
   * @param method the HTTP method
   * @param role whose credentials to send (a role given to the builder), or {@code anonymous}
   * @return the exchange as written
   */
  public RecordedExchange record(String name, String method, String path, String role, String jsonBody) {
    Objects.requireNonNull(name, "name");
    ObjectNode exchange = exchange(method, path, role, jsonBody);
    write(directory.resolve(name + ".json"), exchange);
    return new RecordedExchange(name, exchange);
  }

  private ObjectNode exchange(String method, String path, String role, String jsonBody) {
    HttpResponse<String> response = send(method, path, role, jsonBody);
    ObjectNode exchange = Json.object();
    ObjectNode request = exchange.putObject("request");
    request.put("method", method.toUpperCase(Locale.ROOT));
    request.put("path", path);
    request.put("role", role);
    if (jsonBody != null) {
      request.set("body", Json.parse(jsonBody));
    }
    ObjectNode answer = exchange.putObject("response");
    answer.put("status", response.statusCode());
    ObjectNode headers = answer.putObject("headers");
    for (String h : KEPT_HEADERS) {
      response.headers().firstValue(h).ifPresent(v -> headers.put(h, rehost(v)));
    }
    String body = rehost(response.body());
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (type.startsWith("application/json") && !body.isEmpty()) {
      answer.set("body", Json.parse(body));
    } else {
      answer.put("bodyText", body);
    }
    return exchange;
  }

  /**
   * Writes the server's whole data set into {@code <directory>/<folder>/} as {@link
   * FakePatchwork.Builder#dataset(Path)} reads it: every project, user, person, patch, cover,
   * series, bundle, event, check and comment as the API 1.3 detail view, and the settings of the
   * roles' own users. People and users are read with the first role given to the builder; bundles
   * with every role (private bundles are only visible to their owners); roles whose credentials the server refuses are skipped. One request per patch and cover, plus their checks and comments:
   * meant for test-sized instances.
   *
   * @param folder the folder under the output directory
   * @return the directory written
   * @throws IllegalStateException if the server does not serve API 1.3 or refuses a request
   */
  public Path recordDataset(String folder) {
    if (credentials.isEmpty()) {
      throw new IllegalStateException("recordDataset needs a role with a token or password: people and users"
          + " are not visible anonymously; add one with token(role, token) on the builder");
    }
    String reader = credentials.keySet().iterator().next();
    Path out = directory.resolve(folder);
    write(out.resolve("projects.json"), all("projects/", reader));
    ArrayNode users = all("users/", reader);
    List<String> accepted = new ArrayList<>();
    for (String role : credentials.keySet()) {
      if (send("GET", "/api/1.3/users/?per_page=1", role, null).statusCode() == 200) {
        accepted.add(role);
      }
    }
    for (String role : accepted) {
      // only your own user shows its settings: find each role's
      for (JsonNode u : users) {
        JsonNode detail = get("users/" + u.get("id").asInt() + "/", role);
        if (detail.has("settings")) {
          ((ObjectNode) u).set("settings", detail.get("settings"));
        }
      }
    }
    write(out.resolve("users.json"), users);
    write(out.resolve("people.json"), all("people/", reader));
    ArrayNode patches = Json.array();
    ObjectNode checks = Json.object();
    ObjectNode comments = Json.object();
    for (JsonNode p : all("patches/", reader)) {
      int id = p.get("id").asInt();
      patches.add(get("patches/" + id + "/", reader));
      ArrayNode c = all("patches/" + id + "/checks/", reader);
      if (c.size() > 0) {
        checks.set(Integer.toString(id), c);
      }
      ArrayNode m = all("patches/" + id + "/comments/", reader);
      if (m.size() > 0) {
        comments.set("patch/" + id, m);
      }
    }
    write(out.resolve("patches.json"), patches);
    ArrayNode covers = Json.array();
    for (JsonNode c : all("covers/", reader)) {
      int id = c.get("id").asInt();
      covers.add(get("covers/" + id + "/", reader));
      ArrayNode m = all("covers/" + id + "/comments/", reader);
      if (m.size() > 0) {
        comments.set("cover/" + id, m);
      }
    }
    write(out.resolve("covers.json"), covers);
    write(out.resolve("series.json"), all("series/", reader));
    Map<Integer, JsonNode> bundles = new TreeMap<>();
    for (String role : accepted) {
      all("bundles/", role).forEach(b -> bundles.put(b.get("id").asInt(), b));
    }
    ArrayNode bundleList = Json.array();
    bundles.values().forEach(bundleList::add);
    write(out.resolve("bundles.json"), bundleList);
    write(out.resolve("events.json"), all("events/?order=date", reader));
    write(out.resolve("checks.json"), checks);
    write(out.resolve("comments.json"), comments);
    return out;
  }

  private JsonNode get(String resource, String role) {
    HttpResponse<String> r = send("GET", "/api/1.3/" + resource, role, null);
    if (r.statusCode() != 200) {
      throw new IllegalStateException("GET /api/1.3/" + resource + " as " + role + " answered " + r.statusCode()
          + "; recordDataset needs a server with API 1.3 and a role that may read everything");
    }
    return Json.parse(rehost(r.body()));
  }

  /** Every item of a list, following {@code Link: rel="next"}. */
  private ArrayNode all(String resource, String role) {
    ArrayNode out = Json.array();
    String path = "/api/1.3/" + resource + (resource.contains("?") ? "&" : "?") + "per_page=250";
    while (path != null) {
      HttpResponse<String> r = send("GET", path, role, null);
      if (r.statusCode() != 200) {
        throw new IllegalStateException("GET " + path + " as " + role + " answered " + r.statusCode()
            + "; recordDataset needs a server with API 1.3 and a role that may read everything");
      }
      Json.parse(rehost(r.body())).forEach(out::add);
      path = null;
      Matcher m = NEXT.matcher(r.headers().firstValue("Link").orElse(""));
      if (m.find()) {
        URI next = URI.create(m.group(1));
        path = next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
      }
    }
    return out;
  }

  private HttpResponse<String> send(String method, String path, String role, String jsonBody) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("The path must start with '/': " + path);
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json");
    if (!role.equals("anonymous")) {
      String credential = credentials.get(role);
      if (credential == null) {
        throw new IllegalArgumentException("No credentials for role '" + role + "'; the recorder knows anonymous"
            + (credentials.isEmpty() ? "" : " and " + credentials.keySet()) + ". Add it with token(role, token).");
      }
      b.header("Authorization", credential);
    }
    if (jsonBody != null) {
      b.header("Content-Type", "application/json")
          .method(method.toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.ofString(jsonBody));
    } else {
      b.method(method.toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.noBody());
    }
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not reach " + base + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while recording " + path, e);
    }
  }

  private String rehost(String text) {
    String out = text;
    for (String form : hostForms) {
      out = out.replace(form, Dataset.CANONICAL_HOST);
    }
    return out;
  }

  private static void write(Path file, JsonNode json) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, Json.pretty(json) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file, e);
    }
  }

  @Override
  public String toString() {
    return "Recorder[" + base + ", roles " + new ArrayList<>(credentials.keySet()) + ", into " + directory + "]";
  }

  /** Options of a {@link Recorder}. */
  public static final class Builder {

    private URI base;
    private final Map<String, String> credentials = new LinkedHashMap<>();
    private Path directory;

    private Builder() {
    }

    /**
     * The server's site root, e.g. {@code https://patchwork.example.org} (no {@code /api}).
     *
     * @param url the site root
     * @return this builder
     */
    public Builder baseUrl(String url) {
      return baseUrl(URI.create(url));
    }

    /**
     * The server's site root.
     *
     * @param url the site root
     * @return this builder
     */
    public Builder baseUrl(URI url) {
      String s = Objects.requireNonNull(url, "url").toString().replaceAll("/+$", "");
      if (s.endsWith("/api") || s.contains("/api/")) {
        throw new IllegalArgumentException("Give the site root, not the API URL: " + s.replaceFirst("/api.*$", ""));
      }
      this.base = URI.create(s);
      return this;
    }

    /**
     * The API token of a role (any name you use in recordings, e.g. {@code maint}).
     *
     * @param role the role name used in recordings, e.g. {@code maint}
     * @param token the API token
     * @return this builder
     */
    public Builder token(String role, String token) {
      credentials.put(role(role), "Token " + Objects.requireNonNull(token, "token"));
      return this;
    }

    /**
     * Basic credentials of a role.
     *
     * @param role the role name used in recordings, e.g. {@code maint}
     * @param username the user name
     * @param password the password (never recorded)
     * @return this builder
     */
    public Builder basicAuth(String role, String username, String password) {
      String pair = Objects.requireNonNull(username, "username") + ":" + Objects.requireNonNull(password, "password");
      credentials.put(role(role), "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
      return this;
    }

    private static String role(String role) {
      if (role == null || role.isBlank() || role.equals("anonymous")) {
        throw new IllegalArgumentException("A role needs a name other than 'anonymous' (which sends no credentials)");
      }
      return role;
    }

    /**
     * Where recordings are written.
     *
     * @param directory the output directory
     * @return this builder
     */
    public Builder into(Path directory) {
      this.directory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * The recorder; {@link #baseUrl(String)} and {@link #into(Path)} are required.
     *
     * @return the recorder
     */
    public Recorder build() {
      if (base == null || directory == null) {
        throw new IllegalStateException("A recorder needs baseUrl(...) and into(...)");
      }
      return new Recorder(this);
    }
  }
}
