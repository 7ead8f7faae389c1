package io.github.patchwork4j.client.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A 200 MB answer to a client in a 32 MiB heap (below the default 64 MiB cap, so reading up to
 * the cap would run out of memory on the HTTP client's threads): the client stops at a quarter
 * of the heap and the caller's future completes with a {@code TransportException} saying so,
 * instead of waiting forever. The client runs in a forked JVM ({@link SmallHeapCall}); the
 * server streams the answer from a small buffer here.
 */
class SmallHeapTest {

  @Test
  void anOutOfMemoryErrorOnTheClientsThreadsCompletesTheCall() throws Exception {
    try (FaultServer server = FaultServer.scripted(Reply.huge(200L * 1024 * 1024, false))) {
      Path output = Files.createTempFile("small-heap", ".txt");
      Process p = new ProcessBuilder(List.of(
          Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m",
          "-cp", System.getProperty("java.class.path"), SmallHeapCall.class.getName(), server.baseUrl()))
          .redirectErrorStream(true)
          .redirectOutput(output.toFile())
          .start();
      boolean ended = p.waitFor(90, TimeUnit.SECONDS);
      if (!ended) {
        p.destroyForcibly().waitFor();
      }
      String out = Files.readString(output, StandardCharsets.UTF_8);
      Files.delete(output);

      assertThat(ended).as("the forked JVM ended; output:\n%s", out).isTrue();
      assertThat(out).as("output of the forked JVM")
          .contains("completed io.github.patchwork4j.client.error.TransportException")
          .contains("a quarter of this JVM's maximum heap").doesNotContain("hung");
    }
  }
}
