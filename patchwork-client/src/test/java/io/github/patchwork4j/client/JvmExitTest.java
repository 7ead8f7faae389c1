package io.github.patchwork4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.patchwork4j.client.testing.RecordingTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command-line program that forgets {@code close()} still ends when {@code main} returns: the
 * client starts no thread that keeps the JVM alive (the JDK HTTP client's, the call timer and the
 * retry pauses are daemon threads).
 */
class JvmExitTest extends RecordingTest {

  /** The program the child JVM runs: one call, a retried one, no close(). */
  public static final class ForgetfulMain {
    public static void main(String[] args) {
      PatchworkClient pw = PatchworkClient.builder().baseUrl(args[0]).build();
      System.out.println("patch " + pw.blocking().patches().get(1).id());
      try {
        pw.blocking().patches().get(2); // 503 twice: two retry pauses, then a ServerException
      } catch (RuntimeException expected) {
        System.out.println("failed " + expected.getClass().getSimpleName());
      }
    }
  }

  @Test
  void aProgramThatNeverClosesTheClientExits(@TempDir Path dir) throws Exception {
    server.stub("v1.3/patch-1");
    server.stub(server.recording("v1.3/patch-2").withStatus(503).withBody("busy").withHeader("Content-Type", "text/plain"));
    Path out = dir.resolve("out.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            ForgetfulMain.class.getName(), server.baseUrl() + "/api/1.3/")
        .redirectErrorStream(true).redirectOutput(out.toFile()).start();

    boolean exited = child.waitFor(2, TimeUnit.MINUTES);
    if (!exited) {
      child.destroyForcibly();
    }

    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(exited).as("the JVM ended on its own; its output: %s", lines).isTrue();
    assertThat(child.exitValue()).isZero();
    assertThat(lines).contains("patch 1", "failed ServerException");
  }
}
