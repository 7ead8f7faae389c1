package io.github.patchwork4j.client.faults;

import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.model.ApiVersion;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The client side of {@link SmallHeapTest}, run in a JVM whose heap is smaller than the
 * client's default answer cap: asks for patch 1 and prints {@code completed <outcome>} when the
 * future completed, {@code hung} when it did not within 60 s.
 *
 * <p>Argument: base URL.
 */
public final class SmallHeapCall {

  private SmallHeapCall() {}

  /** Runs the call; see the class comment. */
  public static void main(String[] args) throws InterruptedException {
    try (PatchworkClient pw = PatchworkClient.builder().baseUrl(args[0]).apiVersion(ApiVersion.V1_3).build()) {
      CompletableFuture<?> call = pw.patches().get(1);
      try {
        call.get(60, TimeUnit.SECONDS);
        System.out.println("completed with a value");
      } catch (ExecutionException e) {
        System.out.println("completed " + e.getCause().getClass().getName() + ": " + e.getCause().getMessage());
      } catch (TimeoutException e) {
        System.out.println("hung");
      }
    }
    System.exit(0);
  }
}
