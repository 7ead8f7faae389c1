package io.github.patchwork4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.patchwork4j.client.error.ConflictException;
import io.github.patchwork4j.client.error.RateLimitedException;
import io.github.patchwork4j.client.error.ServerException;
import io.github.patchwork4j.client.error.TransportException;
import io.github.patchwork4j.client.testing.RecordedServer.Recording;
import io.github.patchwork4j.client.testing.RecordingTest;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.model.Patch;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Retries and timeouts as design.md sets them, with the pauses recorded instead of slept. */
class RetryTest extends RecordingTest {

  private final List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());
  private final List<RequestEvent> attempts = Collections.synchronizedList(new ArrayList<>());

  private PatchworkClient.Builder recording() {
    return builder().apiVersion(ApiVersion.V1_3)
        .sleeper(d -> {
          pauses.add(d);
          return CompletableFuture.completedFuture(null);
        })
        .requestListener(attempts::add);
  }

  /** Answers {@code statuses} in turn for the URL, then the recorded patch 1. */
  private Recording failThenAnswer(String url, int... statuses) {
    Recording patch = server.recording("v1.3/patch-1");
    String state = Scenario.STARTED;
    for (int i = 0; i < statuses.length; i++) {
      String next = "attempt-" + (i + 2);
      server.wireMock().stubFor(any(urlEqualTo(url)).inScenario("retries").whenScenarioStateIs(state)
          .willReturn(aResponse().withStatus(statuses[i]).withHeader("Content-Type", "text/html")
              .withBody("<html><title>" + statuses[i] + " from the proxy</title></html>"))
          .willSetStateTo(next));
      state = next;
    }
    server.wireMock().stubFor(any(urlEqualTo(url)).inScenario("retries").whenScenarioStateIs(state)
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(patch.bodyText())));
    return patch;
  }

  @Test
  void retriesAGetOnEveryRetryableStatusWithGrowingPauses() {
    Recording patch = failThenAnswer("/api/1.3/patches/1/", 503, 502);
    try (PatchworkClient pw = recording().build()) {
      Patch p = pw.patches().get(1).join();

      assertThat(p.id()).isEqualTo(patch.json().get("id").asInt());
      assertThat(attempts).extracting(e -> e.status().getAsInt()).containsExactly(503, 502, 200);
      assertThat(attempts).extracting(RequestEvent::attempt).containsExactly(1, 2, 3);
      assertThat(pauses).hasSize(2);
      assertThat(pauses.get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
      assertThat(pauses.get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
    }
  }

  @Test
  void retries408And429And504Too() {
    failThenAnswer("/api/1.3/patches/1/", 408, 504);
    try (PatchworkClient pw = recording().build()) {
      pw.patches().get(1).join();
      assertThat(attempts).hasSize(3);
    }
  }

  @Test
  void givesUpAfterThreeAttempts() {
    failThenAnswer("/api/1.3/patches/1/", 503, 503, 503);
    try (PatchworkClient pw = recording().build()) {
      assertThatThrownBy(() -> pw.blocking().patches().get(1))
          .isInstanceOf(ServerException.class)
          .hasMessageContaining("503 from the proxy");
      assertThat(attempts).hasSize(3);
      assertThat(pauses).hasSize(2);
    }
  }

  @Test
  void backoffDoublesUpToTheMaximum() {
    failThenAnswer("/api/1.3/patches/1/", 503, 503, 503, 503, 503);
    try (PatchworkClient pw = recording().maxAttempts(6).retryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(8)).build()) {
      pw.patches().get(1).join();
      assertThat(pauses).hasSize(5);
      assertThat(pauses.get(2)).isBetween(Duration.ofMillis(6000), Duration.ofMillis(8000));
      assertThat(pauses.get(3)).isBetween(Duration.ofMillis(6000), Duration.ofMillis(8000));
      assertThat(pauses.get(4)).isBetween(Duration.ofMillis(6000), Duration.ofMillis(8000));
    }
  }

  @Test
  void honoursRetryAfterUpTo60Seconds() {
    Recording patch = server.recording("v1.3/patch-1");
    server.wireMock().stubFor(any(urlEqualTo("/api/1.3/patches/1/")).inScenario("r").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")).willSetStateTo("ok"));
    server.wireMock().stubFor(any(urlEqualTo("/api/1.3/patches/1/")).inScenario("r").whenScenarioStateIs("ok")
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(patch.bodyText())));
    try (PatchworkClient pw = recording().build()) {
      pw.patches().get(1).join();
      assertThat(pauses).containsExactly(Duration.ofSeconds(7));
    }
  }

  @Test
  void aLongerRetryAfterEndsTheRetries() {
    server.stub(new Recording("stub", "GET", "/api/1.3/patches/1/", "anonymous", 429,
        Map.of("Retry-After", "3600"), ""));
    try (PatchworkClient pw = recording().build()) {
      assertThatThrownBy(() -> pw.blocking().patches().get(1))
          .isInstanceOfSatisfying(RateLimitedException.class,
              e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
      assertThat(attempts).hasSize(1);
      assertThat(pauses).isEmpty();
    }
  }

  @Test
  void neverRetriesAPostThatReachedTheServer() {
    failThenAnswer("/api/1.3/patches/1/checks/", 503);
    try (PatchworkClient pw = recording().token("t0ken-value").build()) {
      URI uri = URI.create(server.baseUrl() + "/api/1.3/patches/1/checks/");
      assertThatThrownBy(() -> pw.session().sendJson("POST", uri, Map.of("state", "success"), Patch.class).join())
          .hasCauseInstanceOf(ServerException.class);
      assertThat(attempts).hasSize(1);
    }
  }

  @Test
  void neverRetries409() {
    failThenAnswer("/api/1.3/patches/4/", 409);
    try (PatchworkClient pw = recording().token("t0ken-value").build()) {
      URI uri = URI.create(server.baseUrl() + "/api/1.3/patches/4/");
      assertThatThrownBy(() -> pw.session().sendJson("PATCH", uri, Map.of("related", List.of(7)), Patch.class).join())
          .hasCauseInstanceOf(ConflictException.class);
      assertThat(attempts).hasSize(1);
    }
  }

  @Test
  void retriesAPatchAfterAnIoFailure() {
    Recording patch = server.recording("v1.3/patch-1");
    server.wireMock().stubFor(any(urlEqualTo("/api/1.3/patches/1/")).inScenario("r").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
    server.wireMock().stubFor(any(urlEqualTo("/api/1.3/patches/1/")).inScenario("r").whenScenarioStateIs("ok")
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(patch.bodyText())));
    try (PatchworkClient pw = recording().token("t0ken-value").build()) {
      URI uri = URI.create(server.baseUrl() + "/api/1.3/patches/1/");
      Patch p = pw.session().sendJson("PATCH", uri, Map.of("archived", true), Patch.class).join();

      assertThat(p.id()).isEqualTo(1);
      assertThat(attempts).hasSize(2);
      assertThat(attempts.get(0).failure()).isPresent();
    }
  }

  @Test
  void retriesAPostWhoseConnectionFailedBeforeAnythingWasSent() {
    try (PatchworkClient pw = PatchworkClient.builder().baseUrl("http://127.0.0.1:1").apiVersion(ApiVersion.V1_3)
        .sleeper(d -> {
          pauses.add(d);
          return CompletableFuture.completedFuture(null);
        })
        .requestListener(attempts::add).build()) {
      URI uri = URI.create("http://127.0.0.1:1/api/1.3/patches/1/checks/");
      assertThatThrownBy(() -> pw.session().sendJson("POST", uri, Map.of("state", "success"), Patch.class).join())
          .hasCauseInstanceOf(TransportException.class)
          .hasMessageContaining("after 3 attempts");
      assertThat(attempts).hasSize(3).allSatisfy(e -> assertThat(e.status()).isEmpty());
    }
  }

  @Test
  void theCallTimeoutEndsACallWhateverTheAttemptsDo() {
    server.wireMock().stubFor(any(urlEqualTo("/api/1.3/patches/1/"))
        .willReturn(aResponse().withStatus(200).withFixedDelay(5_000)));
    try (PatchworkClient pw = recording().callTimeout(Duration.ofMillis(300)).build()) {
      assertThatThrownBy(() -> pw.blocking().patches().get(1))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("call timeout");
    }
  }
}
