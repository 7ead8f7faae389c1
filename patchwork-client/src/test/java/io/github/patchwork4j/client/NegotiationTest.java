package io.github.patchwork4j.client;

import io.github.patchwork4j.model.Patch;

import static io.github.patchwork4j.client.testing.Json.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.patchwork4j.client.error.AuthenticationException;
import io.github.patchwork4j.client.error.DecodingException;
import io.github.patchwork4j.client.error.EndpointNotFoundException;
import io.github.patchwork4j.client.error.ServerException;
import io.github.patchwork4j.client.testing.RecordedServer.Recording;
import io.github.patchwork4j.client.testing.RecordingTest;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.model.Project;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Version negotiation (docs/server-behaviour.md) against stubs that play servers topping out at each
 * version: recorded index documents for the versions the server has, the recorded HTML 404
 * for the ones it lacks.
 */
class NegotiationTest extends RecordingTest {

  static List<ApiVersion> versions() {
    return ApiVersion.known();
  }

  /** Serves the API index for every version up to {@code max}, HTML 404 above, under {@code root}. */
  private void playServerUpTo(ApiVersion max, String root) {
    for (ApiVersion v : ApiVersion.known()) {
      String path = root + "api/" + v + "/";
      if (v.isAtLeast(ApiVersion.V1_4) && max.isAtLeast(v)) {
        server.stub(server.recording("v1.4-dependencies/index").withPath(path));
      } else if (max.isAtLeast(v)) {
        // The 1.3 index document, with its links through this version's prefix.
        Recording index = server.recording("v1.3/index");
        server.stub(index.withPath(path).withBody(index.bodyText().replace("/api/1.3/", "/api/" + v + "/")));
      } else {
        server.stub(server.recording("errors/unknown-version").withPath(path));
      }
    }
  }

  private long versionProbes() {
    return server.requestUrls().stream().filter(u -> u.matches(".*/api/\\d\\.\\d/")).count();
  }

  @ParameterizedTest
  @MethodSource("versions")
  void picksTheHighestVersionOfTheServerAndKeepsIt(ApiVersion max) {
    playServerUpTo(max, "/");
    Recording projects = server.recording("v1.3/projects").withPageSize(250);
    server.stub(projects.withPath(projects.path().replace("/api/1.3/", "/api/" + max + "/"))
        .withBody(projects.bodyText().replace("/api/1.3/", "/api/" + max + "/")));
    try (PatchworkClient pw = builder().build()) {
      assertThat(pw.apiVersion().join()).isEqualTo(max);
      long probes = versionProbes();
      int stepsDown = ApiVersion.known().size() - 1 - ApiVersion.known().indexOf(max);
      assertThat(probes).as("the two newest together, then one by one").isEqualTo(Math.max(2, stepsDown + 1));
      if (max.isAtLeast(ApiVersion.V1_3)) {
        assertThat(probes).isLessThanOrEqualTo(2);
      }

      List<Project> list = pw.projects().list().toList().join();
      assertThat(pw.apiVersion().join()).isEqualTo(max);

      assertThat(list).extracting(Project::id).containsExactlyElementsOf(ids(projects.json()));
      assertThat(versionProbes()).as("no new negotiation on later calls").isEqualTo(probes);
      assertThat(server.requestUrls()).last().asString().startsWith("/api/" + max + "/projects/");
    }
  }

  @Test
  void concurrentFirstCallsShareOneNegotiation() throws Exception {
    playServerUpTo(ApiVersion.V1_3, "/");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (PatchworkClient pw = builder().build()) {
      CountDownLatch go = new CountDownLatch(1);
      List<CompletableFuture<ApiVersion>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(CompletableFuture.supplyAsync(() -> {
          try {
            go.await();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          return pw.apiVersion().join();
        }, pool));
      }
      go.countDown();

      assertThat(answers).allSatisfy(a -> assertThat(a.get(10, TimeUnit.SECONDS)).isEqualTo(ApiVersion.V1_3));
      assertThat(versionProbes()).isEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailedNegotiationIsNotKept() {
    Recording broken = server.recording("errors/unknown-version").withPath("/api/1.4/")
        .withHeader("Content-Type", "text/html; charset=utf-8");
    for (String path : List.of("/api/1.4/", "/api/1.3/")) {
      server.stub(new Recording(broken.file(), "GET", path, "anonymous", 500,
          broken.headers(), "<html><title>Server Error (500)</title></html>"));
    }
    try (PatchworkClient pw = builder().maxAttempts(1).build()) {
      assertThatThrownBy(() -> pw.blocking().apiVersion()).isInstanceOf(ServerException.class);

      server.wireMock().resetAll();
      playServerUpTo(ApiVersion.V1_3, "/");

      assertThat(pw.blocking().apiVersion()).isEqualTo(ApiVersion.V1_3);
    }
  }

  @Test
  void everyVersionAndApiMissingMeansTheApiIsDisabled() {
    playServerUpTo(ApiVersion.of("0.9"), "/");
    server.stub(server.recording("errors/unknown-version").withPath("/api/"));
    try (PatchworkClient pw = builder().build()) {
      assertThatThrownBy(() -> pw.blocking().apiVersion())
          .isInstanceOf(EndpointNotFoundException.class)
          .hasMessageContaining("REST API seems disabled")
          .hasMessageContaining("site root");
      List<String> urls = server.requestUrls();
      assertThat(urls.subList(0, 2)).containsExactlyInAnyOrder("/api/1.4/", "/api/1.3/");
      assertThat(urls.subList(2, urls.size())).containsExactly("/api/1.2/", "/api/1.1/", "/api/1.0/", "/api/");
    }
  }

  @Test
  void aServerThatOnlyAnswersUnversionedIsUsedThroughApi() {
    playServerUpTo(ApiVersion.of("0.9"), "/");
    server.stub("unversioned/index");
    Recording projects = server.recording("unversioned/projects").withPageSize(250);
    server.stub(projects);
    try (PatchworkClient pw = builder().build()) {
      assertThat(pw.projects().list().toList().join()).extracting(Project::id)
          .containsExactlyElementsOf(ids(projects.json()));
      assertThat(pw.apiVersion().join()).isEqualTo(ApiVersion.V1_0);
    }
  }

  @Test
  void aBadTokenFailsNegotiationWithAuthenticationException() {
    server.stub(server.recording("errors/bad-token").withPath("/api/1.4/"));
    server.stub(server.recording("errors/bad-token").withPath("/api/1.3/"));
    try (PatchworkClient pw = builder().token("wrong-token-123").build()) {
      assertThatThrownBy(() -> pw.blocking().apiVersion())
          .isInstanceOf(AuthenticationException.class)
          .hasMessageNotContaining("wrong-token-123");
    }
  }

  @Test
  void aLoginPageInsteadOfTheApiIsADecodingException() {
    Recording html = server.recording("errors/unknown-version");
    for (String path : List.of("/api/1.4/", "/api/1.3/")) {
      server.stub(new Recording(html.file(), "GET", path, "anonymous", 200, html.headers(), html.bodyText()));
    }
    try (PatchworkClient pw = builder().build()) {
      assertThatThrownBy(() -> pw.blocking().apiVersion())
          .isInstanceOf(DecodingException.class)
          .hasMessageContaining("text/html")
          .hasMessageContaining("login page or proxy");
    }
  }

  @Test
  void worksUnderASubPathAndWithABaseEndingInApi() {
    playServerUpTo(ApiVersion.V1_3, "/patchwork/");
    try (PatchworkClient sub = PatchworkClient.builder().baseUrl(server.baseUrl() + "/patchwork/").build();
        PatchworkClient api = PatchworkClient.builder().baseUrl(server.baseUrl() + "/patchwork/api").build()) {
      assertThat(sub.apiVersion().join()).isEqualTo(ApiVersion.V1_3);
      assertThat(api.apiVersion().join()).isEqualTo(ApiVersion.V1_3);
      assertThat(server.requestUrls()).containsExactlyInAnyOrder(
          "/patchwork/api/1.4/", "/patchwork/api/1.3/", "/patchwork/api/1.4/", "/patchwork/api/1.3/");
    }
  }

  @Test
  void aVersionedBaseUrlPinsWithoutAnyRequest() {
    try (PatchworkClient pw = PatchworkClient.builder().baseUrl(server.baseUrl() + "/api/1.2").build()) {
      assertThat(pw.apiVersion().join()).isEqualTo(ApiVersion.V1_2);
      assertThat(server.requestUrls()).isEmpty();
    }
  }

  @Test
  void aCallCancelledDuringNegotiationLeavesTheOthersTheirAnswer() {
    playServerUpTo(ApiVersion.V1_3, "/");
    server.stub("v1.3/patch-1");
    try (PatchworkClient pw = builder().build()) {
      CompletableFuture<Patch> cancelled = pw.patches().get(1);
      CompletableFuture<Patch> kept = pw.patches().get(1);
      cancelled.cancel(true);
      assertThat(kept.join().id()).isEqualTo(1L);
      assertThat(pw.apiVersion().join()).isEqualTo(ApiVersion.V1_3);
    }
  }

  @Test
  void theTwoNewestVersionsAreAskedInOneRoundTrip() throws Exception {
    // A 3.x server (1.3 newest) whose /api/1.4/ answers only once /api/1.3/ has been asked for:
    // a client that waited for the first answer before sending the second would wait here.
    CountDownLatch asked13 = new CountDownLatch(1);
    AtomicBoolean answered404Early = new AtomicBoolean();
    byte[] index = server.recording("v1.3/index").bodyText().getBytes(StandardCharsets.UTF_8);
    HttpServer lab = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    lab.setExecutor(Executors.newFixedThreadPool(4));
    lab.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      try (exchange) {
        if (path.equals("/api/1.3/")) {
          asked13.countDown();
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, index.length);
          exchange.getResponseBody().write(index);
          return;
        }
        if (path.equals("/api/1.4/")) {
          answered404Early.set(!asked13.await(10, TimeUnit.SECONDS));
        }
        exchange.getResponseHeaders().add("Content-Type", "text/html");
        exchange.sendResponseHeaders(404, -1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    lab.start();
    try (PatchworkClient pw = PatchworkClient.builder()
        .baseUrl("http://127.0.0.1:" + lab.getAddress().getPort() + "/").build()) {
      assertThat(pw.apiVersion().get(30, TimeUnit.SECONDS)).isEqualTo(ApiVersion.V1_3);
      assertThat(answered404Early).as("/api/1.3/ was asked while /api/1.4/ was still unanswered").isFalse();
    } finally {
      lab.stop(0);
      ((ExecutorService) lab.getExecutor()).shutdownNow();
    }
  }
}
