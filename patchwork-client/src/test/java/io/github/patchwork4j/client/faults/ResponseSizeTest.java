package io.github.patchwork4j.client.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.client.error.ResponseTooLargeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A 200 MB answer where a patch was due ends in a {@link ResponseTooLargeException} naming the
 * cap, after at most the cap was read: no {@code OutOfMemoryError}, no retry. The server streams
 * the answer from a 64 KiB buffer, with a {@code Content-Length} or chunked (size unknown until
 * the end).
 */
@ExtendWith(TokenNeverLogged.class)
class ResponseSizeTest {

  private static final long ANSWER = 200L * 1024 * 1024;
  private static final long DEFAULT_CAP = 64L * 1024 * 1024;

  private final FaultClient client = new FaultClient();

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void anAnswerOverTheConfiguredCapFailsTyped(boolean declared) {
    long cap = 1024 * 1024;
    try (FaultServer server = FaultServer.scripted(Reply.huge(ANSWER, declared));
        PatchworkClient pw = client.builder(server).maxResponseBytes(cap).build()) {
      Throwable t = catchThrowable(() -> pw.blocking().patches().get(1));

      assertThat(t).isInstanceOfSatisfying(ResponseTooLargeException.class, e -> {
        assertThat(e.limit()).isEqualTo(cap);
        assertThat(e.getMessage()).contains("1048576");
      });
      if (declared) {
        assertThat(t.getMessage()).contains(Long.toString(ANSWER));
        assertThat(((ResponseTooLargeException) t).size()).hasValue(ANSWER);
      }
      assertThat(server.count("GET")).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void theDefaultCapIs64MiB(boolean declared) {
    try (FaultServer server = FaultServer.scripted(Reply.huge(ANSWER, declared));
        PatchworkClient pw = client.builder(server).build()) {
      Throwable t = catchThrowable(() -> pw.blocking().patches().get(1));

      assertThat(t).isInstanceOfSatisfying(ResponseTooLargeException.class,
          e -> assertThat(e.limit()).isEqualTo(DEFAULT_CAP));
      assertThat(server.count("GET")).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aListPageOverTheCapFailsTheListing(boolean declared) {
    try (FaultServer server = FaultServer.scripted(Reply.huge(ANSWER, declared));
        PatchworkClient pw = client.builder(server).maxResponseBytes(1024 * 1024).build()) {
      Throwable t = catchThrowable(() -> pw.blocking().patches().list().stream().count());

      assertThat(t).isInstanceOf(ResponseTooLargeException.class);
      assertThat(server.count("GET")).isEqualTo(1);
    }
  }
}
