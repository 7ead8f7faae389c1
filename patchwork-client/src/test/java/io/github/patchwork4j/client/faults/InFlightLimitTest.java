package io.github.patchwork4j.client.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 200 listings started at once through one client with {@code maxRequestsInFlight(4)} never
 * have more than 4 exchanges open at the server, and all complete in a JVM with a 256 MiB heap
 * (the client runs in a forked JVM, {@link ConcurrentListings}; the server and its counter run
 * here). The server holds each page until 4 exchanges are open (or 20 ms passed), so a client
 * that went past the limit would be seen doing it.
 */
class InFlightLimitTest {

  private static final int LIMIT = 4;
  private static final int LISTINGS = 200;

  @Test
  void twoHundredConcurrentListingsStayWithinTheLimitAndComplete() throws Exception {
    Pages pages = new Pages(3, 10, true);
    try (FaultServer server = FaultServer.routing(request -> {
      Reply page = pages.page("http://" + request.header("Host"), Pages.pageOf(request));
      return ex -> {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        ex.hold(() -> ex.server().open() >= LIMIT || System.nanoTime() > until);
        page.reply(ex);
      };
    })) {
      Path output = Files.createTempFile("concurrent-listings", ".txt");
      Process p = fork(server.baseUrl(), output);
      boolean ended = p.waitFor(90, TimeUnit.SECONDS);
      if (!ended) {
        p.destroyForcibly().waitFor();
      }
      String out = Files.readString(output, StandardCharsets.UTF_8);
      Files.delete(output);

      assertThat(ended).as("the listings ended; output:\n%s", out).isTrue();
      assertThat(out).as("output of the forked JVM").contains("done " + LISTINGS + " " + LISTINGS * pages.items());
      assertThat(p.exitValue()).isZero();
      assertThat(server.requests()).hasSize(LISTINGS * 3);
      assertThat(server.peakOpen()).as("most exchanges open at once").isBetween(2, LIMIT);
    }
  }

  private static Process fork(String base, Path output) throws IOException {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
        "-cp", System.getProperty("java.class.path"), ConcurrentListings.class.getName(),
        base, Integer.toString(LIMIT), Integer.toString(LISTINGS)))
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .start();
  }
}
