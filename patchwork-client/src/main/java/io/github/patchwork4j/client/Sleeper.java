package io.github.patchwork4j.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retries without blocking a thread. Replace it in tests to record the pauses
 * the client would make and skip them.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * A future completed once {@code duration} has passed.
   *
   * @param duration how long to wait
   * @return a future completed once {@code duration} has passed
   */
  CompletableFuture<Void> sleep(Duration duration);

  /**
   * The default: completes after the real time has passed, on a shared scheduler.
   *
   * @return the default: completes after the real time has passed, on a shared scheduler
   */
  static Sleeper system() {
    return duration ->
        CompletableFuture.runAsync(
            () -> {}, CompletableFuture.delayedExecutor(duration.toNanos(), TimeUnit.NANOSECONDS));
  }
}
