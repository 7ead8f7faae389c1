package io.github.patchwork4j.client.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.patchwork4j.client.NewCheck;
import io.github.patchwork4j.client.PatchUpdate;
import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.client.error.RateLimitedException;
import io.github.patchwork4j.model.Check;
import io.github.patchwork4j.model.CheckState;
import io.github.patchwork4j.model.Patch;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@link Fault} against a detail read (GET), an update (PATCH, idempotent) and a check
 * post (POST, not idempotent): each call ends in success after retries or in the fault's typed
 * exception, and a POST reaches the server at most once whatever happens. Retry pauses are
 * recorded, not slept; a stall costs one short attempt timeout ({@link FaultClient#STALL_TIMEOUT}).
 * After each test, nothing the client logged, threw or reported shows the token.
 *
 * <p>RetryTest and ErrorMappingTest (one level up) pin the backoff arithmetic and the status
 * table against recordings; this suite is about the byte-level faults and the server's view.
 */
class FaultMatrixTest {

  private static final NewCheck CHECK = NewCheck.builder().state(CheckState.SUCCESS).context("ci-build").build();

  private final FaultClient client = new FaultClient();
  private SecretWatch watch;

  @BeforeEach
  void watchForTheToken() {
    watch = new SecretWatch();
  }

  /** Part of {@link RedactionTest}'s promise: no log record, exception or event shows the token. */
  @AfterEach
  void theTokenShowedNowhere() {
    try {
      watch.events(client.attempts);
      assertThat(watch.leaks(FaultClient.TOKEN)).as("what showed the token").isEmpty();
    } finally {
      watch.close();
    }
  }

  private Throwable failure(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    return watch.exception(catchThrowable(call));
  }

  /**
   * Attempts for a fault that happens once: the default 3, or 4 after a stall, whose good
   * attempts run under the same short attempt timeout: on a machine too busy to answer within
   * it, they may time out too.
   */
  private static int attemptsFor(Fault fault) {
    return fault.stalls() ? 4 : 3;
  }

  /**
   * The server saw the faulty request (unless the fault came before it was read) and the good
   * one (after a stall, maybe a good one that timed out as well: see {@link #attemptsFor}).
   */
  private static void assertRetriedOnce(FaultServer server, String method, Fault fault) {
    if (fault.stalls()) {
      assertThat(server.count(method)).isBetween(2L, 4L);
    } else {
      assertThat(server.count(method)).isEqualTo(fault.requestRead ? 2 : 1);
    }
  }

  static Stream<Fault> retried() {
    return Arrays.stream(Fault.values()).filter(f -> f.retried);
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void aGetEndsInSuccessAfterARetryOrInTheTypedException(Fault fault) {
    try (FaultServer server = FaultServer.scripted(fault.reply(Bodies.patch()), Reply.json(200, Bodies.patch()));
        PatchworkClient pw = client.under(fault, server).maxAttempts(attemptsFor(fault)).build()) {
      if (fault.retried) {
        Patch p = pw.blocking().patches().get(1);

        // Retried by the client, or for a connection closed before any byte of answer by the
        // JDK's HTTP client itself (it retries a GET once then): either way the server saw the
        // faulty request and the good one.
        assertThat(p.id()).isEqualTo(1);
        assertRetriedOnce(server, "GET", fault);
      } else {
        Throwable t = failure(() -> pw.blocking().patches().get(1));

        assertThat(t).isInstanceOf(fault.failure).matches(fault::reportedBy);
        assertThat(server.count("GET")).isEqualTo(1);
        assertThat(client.pauses).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("retried")
  void aGetUnderAFaultThatPersistsEndsInTheTypedExceptionAfterThreeAttempts(Fault fault) {
    try (FaultServer server = FaultServer.scripted(fault.reply(Bodies.patch()));
        PatchworkClient pw = client.under(fault, server).build()) {
      Throwable t = failure(() -> pw.blocking().patches().get(1));

      assertThat(t).isInstanceOf(fault.failure).matches(fault::reportedBy);
      assertThat(client.attemptCount()).isEqualTo(3);
      assertThat(client.pauses).hasSize(2);
      if (fault.requestRead) {
        // up to twice per attempt: see above
        assertThat(server.count("GET")).isBetween(3L, 6L);
      } else {
        assertThat(server.count("GET")).isZero();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void aPatchIsRetriedLikeAGet(Fault fault) {
    try (FaultServer server = FaultServer.scripted(fault.reply(Bodies.patch()), Reply.json(200, Bodies.patch()));
        PatchworkClient pw = client.under(fault, server).maxAttempts(attemptsFor(fault)).build()) {
      PatchUpdate archive = PatchUpdate.builder().archived(true).build();
      if (fault.retried) {
        assertThat(pw.blocking().patches().update(1, archive).id()).isEqualTo(1);
        assertRetriedOnce(server, "PATCH", fault);
      } else {
        assertThat(failure(() -> pw.blocking().patches().update(1, archive))).isInstanceOf(fault.failure);
        assertThat(server.count("PATCH")).isEqualTo(1);
      }
      assertThat(server.requests()).allSatisfy(r -> assertThat(r.bodyText()).isEqualTo("{\"archived\":true}"));
    }
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void aPostReachesTheServerAtMostOnce(Fault fault) {
    try (FaultServer server = FaultServer.scripted(fault.reply(Bodies.check()), Reply.json(201, Bodies.check()));
        PatchworkClient pw = client.under(fault, server).build()) {
      Check posted = null;
      Throwable t = null;
      try {
        posted = pw.blocking().checks().create(1, CHECK);
      } catch (RuntimeException e) {
        t = watch.exception(e);
      }

      assertThat(server.count("POST")).as("POSTs that reached the server").isLessThanOrEqualTo(1);
      if (t != null) {
        assertThat(t).isInstanceOf(fault.failure).matches(fault::reportedBy);
        assertThat(client.attemptCount()).isEqualTo(1);
      } else {
        // Only a reset before the request was read can be followed by a success, and then the
        // retried POST is the only one the server saw.
        assertThat(fault).isEqualTo(Fault.RESET_BEFORE_REQUEST);
        assertThat(posted.context()).isEqualTo("ci-build");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = "RATE_LIMITED_429_RETRY_AFTER_SECONDS")
  void aRateLimitedGetWaitsAsLongAsRetryAfterSays(Fault fault) {
    try (FaultServer server = FaultServer.scripted(fault.reply(Bodies.patch()));
        PatchworkClient pw = client.under(fault, server).build()) {
      Throwable t = failure(() -> pw.blocking().patches().get(1));

      assertThat(t).isInstanceOfSatisfying(RateLimitedException.class,
          e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(2)));
      assertThat(client.pauses).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }
  }
}
