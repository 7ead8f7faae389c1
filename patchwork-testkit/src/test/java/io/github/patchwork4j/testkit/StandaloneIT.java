package io.github.patchwork4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The standalone jar, started with {@code java -jar} in its own process as a bot in another
 * language would: it prints its URL and tokens, takes a mail over HTTP, shows the patch and its
 * event through the API, and forgets them on reset.
 */
class StandaloneIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final String MAIL = String.join("\n",
      "From: Nia Newcomer <nia@example.org>",
      "To: alpha@lists.example.org",
      "Subject: [PATCH] alpha: say hello from another language",
      "Date: Wed, 5 Mar 2025 10:00:00 +0000",
      "Message-Id: <standalone-1@example.org>",
      "List-Id: Alpha development <alpha.example.org>",
      "",
      "Says hello.",
      "",
      "Signed-off-by: Nia Newcomer <nia@example.org>",
      "---",
      "diff --git a/hello.c b/hello.c",
      "--- a/hello.c",
      "+++ b/hello.c",
      "@@ -1 +1 @@",
      "-hi",
      "+hello",
      "");

  @Test
  void aMailPostedToTheJarBecomesAPatchAndAnEventUntilReset() throws Exception {
    Path jar = Path.of(System.getProperty("patchwork.fake.jar", "target/patchwork-fake.jar"));
    assertThat(jar).as("build it with mvn package first").exists();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "--port", "0")
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try {
      Map<String, String> env = readEnvironment(process);
      String url = env.get("PW_URL");
      String token = env.get("PW_TOKEN_MAINT");
      assertThat(url).startsWith("http://127.0.0.1:");
      assertThat(token).isNotBlank();

      HttpResponse<String> delivered = post(url + "/_fake/mail", MAIL);
      assertThat(delivered.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(delivered.body()).path("stored").asInt()).isEqualTo(1);

      JsonNode newest = get(url + "/api/1.3/patches/?order=-id&per_page=1", null).get(0);
      assertThat(newest.path("name").asText()).isEqualTo("alpha: say hello from another language");
      assertThat(newest.path("submitter").path("email").asText()).isEqualTo("nia@example.org");
      long id = newest.path("id").asLong();
      JsonNode event = get(url + "/api/1.3/events/?category=patch-created&per_page=1", null).get(0);
      assertThat(event.path("payload").path("patch").path("id").asLong()).isEqualTo(id);

      HttpResponse<String> accepted = send(HttpRequest.newBuilder(URI.create(url + "/api/1.3/patches/" + id + "/"))
          .header("Authorization", "Token " + token).header("Content-Type", "application/json")
          .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"state\": \"accepted\"}")).build());
      assertThat(accepted.statusCode()).as("the printed maintainer token works").isEqualTo(200);

      assertThat(post(url + "/_fake/reset", "").statusCode()).isEqualTo(204);
      HttpResponse<String> gone = send(HttpRequest.newBuilder(URI.create(url + "/api/1.3/patches/" + id + "/"))
          .header("Accept", "application/json").build());
      assertThat(gone.statusCode()).isEqualTo(404);
    } finally {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  /** The PW_ lines the jar prints when it is ready (the URL, then a token per user). */
  private static Map<String, String> readEnvironment(Process process) throws Exception {
    CompletableFuture<Map<String, String>> ready = CompletableFuture.supplyAsync(() -> {
      Map<String, String> env = new HashMap<>();
      try {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          int eq = line.indexOf('=');
          if (line.startsWith("PW_") && eq > 0) {
            env.put(line.substring(0, eq), line.substring(eq + 1));
          }
          if (env.containsKey("PW_URL") && env.containsKey("PW_TOKEN_OTHER")) {
            break;
          }
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return env;
    });
    return ready.get(120, TimeUnit.SECONDS);
  }

  private static HttpResponse<String> post(String url, String body) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private static JsonNode get(String url, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
    if (token != null) {
      b.header("Authorization", "Token " + token);
    }
    HttpResponse<String> r = send(b.build());
    assertThat(r.statusCode()).as("GET %s: %s", url, r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

}
