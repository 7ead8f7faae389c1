package io.github.patchwork4j.client.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.client.error.RateLimitedException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 429 with {@code Retry-After} as an HTTP date (the seconds form is a row of
 * {@link FaultMatrixTest}): within the client's limit it is waited for (on the injected clock),
 * beyond it the call fails at once with the wait in {@link RateLimitedException#retryAfter()}.
 */
@ExtendWith(TokenNeverLogged.class)
class RetryAfterDateTest {

  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  private final FaultClient client = new FaultClient();

  private static Reply throttledUntil(Duration fromNow) {
    return Reply.json(429, Map.of("Retry-After", HTTP_DATE.format(FaultClient.NOW.plus(fromNow))),
        "{\"detail\": \"Request was throttled.\"}");
  }

  @Test
  void aDateADayAheadFailsAtOnceWithTheWaitFilledIn() {
    try (FaultServer server = FaultServer.scripted(throttledUntil(Duration.ofDays(1)), Reply.json(200, Bodies.patch()));
        PatchworkClient pw = client.builder(server).build()) {
      Throwable t = catchThrowable(() -> pw.blocking().patches().get(1));

      assertThat(t).isInstanceOfSatisfying(RateLimitedException.class,
          e -> assertThat(e.retryAfter()).contains(Duration.ofDays(1)));
      assertThat(server.count("GET")).isEqualTo(1);
      assertThat(client.pauses).isEmpty();
    }
  }

  @Test
  void aDateWithinTheLimitIsWaitedForThenTheCallSucceeds() {
    try (FaultServer server = FaultServer.scripted(throttledUntil(Duration.ofSeconds(30)), Reply.json(200, Bodies.patch()));
        PatchworkClient pw = client.builder(server).build()) {
      assertThat(pw.blocking().patches().get(1).id()).isEqualTo(1);
      assertThat(client.pauses).containsExactly(Duration.ofSeconds(30));
      assertThat(server.count("GET")).isEqualTo(2);
    }
  }

  @Test
  void aPostThrottledWithADateIsNotRetriedAndCarriesTheWait() {
    try (FaultServer server = FaultServer.scripted(throttledUntil(Duration.ofSeconds(30)), Reply.json(201, Bodies.check()));
        PatchworkClient pw = client.builder(server).build()) {
      Throwable t = catchThrowable(() -> pw.blocking().checks().create(1,
          io.github.patchwork4j.client.NewCheck.builder()
              .state(io.github.patchwork4j.model.CheckState.FAIL).context("ci").build()));

      assertThat(t).isInstanceOfSatisfying(RateLimitedException.class,
          e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(30)));
      assertThat(server.count("POST")).isEqualTo(1);
    }
  }
}
