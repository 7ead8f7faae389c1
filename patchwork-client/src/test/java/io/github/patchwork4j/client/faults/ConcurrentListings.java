package io.github.patchwork4j.client.faults;

import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.model.ApiVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client side of {@link InFlightLimitTest}, run in its own JVM with a small heap: starts
 * {@code listings} listings of the server's patches at once through one client limited to
 * {@code limit} requests in flight, consumes them all, and prints {@code done <listings>
 * <items>}; on a failure prints it and exits with 1.
 *
 * <p>Arguments: base URL, limit, listings.
 */
public final class ConcurrentListings {

  private ConcurrentListings() {}

  /** Runs the listings; see the class comment. */
  public static void main(String[] args) throws Exception {
    String base = args[0];
    int limit = Integer.parseInt(args[1]);
    int listings = Integer.parseInt(args[2]);
    AtomicLong items = new AtomicLong();
    try (PatchworkClient pw = PatchworkClient.builder().baseUrl(base).apiVersion(ApiVersion.V1_3)
        .maxRequestsInFlight(limit).build()) {
      List<CompletableFuture<Void>> all = new ArrayList<>();
      for (int i = 0; i < listings; i++) {
        all.add(pw.patches().list().forEachAsync(p -> items.incrementAndGet()));
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      System.out.println("done " + all.size() + " " + items.get());
    } catch (Throwable t) {
      System.out.println("failed " + t);
      t.printStackTrace(System.out);
      System.exit(1);
    }
    System.exit(0);
  }
}
