package io.github.patchwork4j.client.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When the client retries and how long it waits. Idempotent methods (GET, HEAD, OPTIONS, PUT,
 * PATCH, DELETE) are retried on I/O failures and on 408, 429, 502, 503 and 504; POST only
 * when the connection could not be opened (nothing was sent). 409 and other statuses are
 * never retried. Pauses start at {@code initialBackoff} and double up to {@code maxBackoff},
 * each shortened by a random 0–25 %; a {@code Retry-After} up to {@code maxRetryAfter}
 * replaces the pause, a longer one ends the retries.
 *
 * @param maxAttempts attempts in all, first one included (1 = no retry)
 * @param initialBackoff the first pause
 * @param maxBackoff the longest pause
 * @param maxRetryAfter the longest {@code Retry-After} the client waits for
 */
public record RetryPolicy(
    int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE");
  private static final Set<Integer> RETRYABLE_STATUS = Set.of(408, 429, 502, 503, 504);

  /** The defaults: 3 attempts, 500 ms doubling to 8 s, {@code Retry-After} up to 60 s. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));
  }

  /** Checks the values. */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0 || maxRetryAfter.isNegative()) {
      throw new IllegalArgumentException(
          "backoff must satisfy 0 <= initial <= max and maxRetryAfter >= 0");
    }
  }

  /** True when a request with this method may be retried whatever happened to it. */
  public static boolean idempotent(String method) {
    return IDEMPOTENT.contains(method.toUpperCase(Locale.ROOT));
  }

  /** True for the statuses worth another attempt. */
  public static boolean retryableStatus(int status) {
    return RETRYABLE_STATUS.contains(status);
  }

  /** The pause before attempt {@code nextAttempt} (2 = first retry), jitter included. */
  public Duration backoff(int nextAttempt) {
    long base = initialBackoff.toMillis();
    for (int i = 2; i < nextAttempt && base < maxBackoff.toMillis(); i++) {
      base *= 2;
    }
    base = Math.min(base, maxBackoff.toMillis());
    double jitter = 1.0 - 0.25 * ThreadLocalRandom.current().nextDouble();
    return Duration.ofMillis(Math.round(base * jitter));
  }
}
