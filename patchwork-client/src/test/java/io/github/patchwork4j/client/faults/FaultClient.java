package io.github.patchwork4j.client.faults;

import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.client.RequestEvent;
import io.github.patchwork4j.model.ApiVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A client builder for the fault tests: API 1.3 pinned (no negotiation request), a known
 * token, a fixed clock, and a sleeper that records each retry pause and skips it. Records every
 * attempt the request listener sees. The attempt timeout stays long (10 s, a bound for a broken
 * client) except where a test stalls on purpose: {@link #stalling(FaultServer)} sets
 * {@link #STALL_TIMEOUT}, the only real wait of the suite.
 */
final class FaultClient {

  /** The token of every fault test; {@link RedactionTest} looks for it everywhere. */
  static final String TOKEN = "f4u1t-t0ken-5ecret-0123456789abcdef";

  /** The time the client believes it is. */
  static final Instant NOW = Instant.parse("2026-12-06T04:00:00Z");

  /** The attempt timeout of a test that stalls: what one stall costs in real time. */
  static final Duration STALL_TIMEOUT = Duration.ofMillis(500);

  static {
    warmUp();
  }

  final List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());
  final List<RequestEvent> attempts = Collections.synchronizedList(new ArrayList<>());

  /** A builder pointed at the server with the token. */
  PatchworkClient.Builder builder(FaultServer server) {
    return builder(server.baseUrl()).token(TOKEN);
  }

  /** A builder pointed at the server with the token and the short attempt timeout. */
  PatchworkClient.Builder stalling(FaultServer server) {
    return builder(server).attemptTimeout(STALL_TIMEOUT);
  }

  /** A builder for the fault, short attempt timeout when the fault is a stall. */
  PatchworkClient.Builder under(Fault fault, FaultServer server) {
    return fault.stalls() ? stalling(server) : builder(server);
  }

  /** A builder pointed at any base URL, anonymous. */
  PatchworkClient.Builder builder(String baseUrl) {
    return PatchworkClient.builder()
        .baseUrl(baseUrl)
        .apiVersion(ApiVersion.V1_3)
        .attemptTimeout(Duration.ofSeconds(10))
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .sleeper(d -> {
          pauses.add(d);
          return CompletableFuture.completedFuture(null);
        })
        .requestListener(attempts::add);
  }

  /**
   * Loads the HTTP client's classes once with one exchange, so that a test's first attempt is
   * not also the JVM's first request (which can take longer than {@link #STALL_TIMEOUT} on a
   * busy machine).
   */
  private static void warmUp() {
    try (FaultServer server = FaultServer.scripted(Reply.json(200, Bodies.patch()));
        PatchworkClient pw = PatchworkClient.builder().baseUrl(server.baseUrl()).apiVersion(ApiVersion.V1_3).build()) {
      pw.blocking().patches().get(1);
    }
  }

  /** Attempts the listener saw. */
  int attemptCount() {
    return attempts.size();
  }
}
