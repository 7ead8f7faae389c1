package io.github.patchwork4j.client.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.patchwork4j.client.NewCheck;
import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.client.error.ClientClosedException;
import io.github.patchwork4j.client.error.TransportException;
import io.github.patchwork4j.model.CheckState;
import io.github.patchwork4j.model.Patch;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A host that does not exist, and a client used after {@code close()}. */
@ExtendWith(TokenNeverLogged.class)
class LifecycleFaultsTest {

  private final FaultClient client = new FaultClient();

  @Test
  void anUnknownHostFailsAtOnceWithoutRetries() {
    try (PatchworkClient pw = client.builder("http://patchwork.invalid").token(FaultClient.TOKEN).build()) {
      Throwable read = catchThrowable(() -> pw.blocking().patches().get(1));

      assertThat(read).isInstanceOf(TransportException.class)
          .hasMessageStartingWith("Unknown host")
          .hasMessageContaining("patchwork.invalid");
      assertThat(client.attemptCount()).isEqualTo(1);
      assertThat(client.pauses).isEmpty();

      Throwable post = catchThrowable(() -> pw.blocking().checks().create(1,
          NewCheck.builder().state(CheckState.SUCCESS).context("ci").build()));
      assertThat(post).isInstanceOf(TransportException.class).hasMessageStartingWith("Unknown host");
      assertThat(client.attemptCount()).isEqualTo(2);
    }
  }

  @Test
  void aCallAfterCloseFailsAtOnceTypedAndSendsNothing() {
    try (FaultServer server = FaultServer.scripted(Reply.json(200, Bodies.patch()))) {
      PatchworkClient pw = client.builder(server).build();
      pw.close();

      CompletableFuture<Patch> get = pw.patches().get(1);
      assertThat(get).isCompletedExceptionally();
      assertThat(catchThrowable(get::join)).isInstanceOf(CompletionException.class)
          .hasCauseInstanceOf(ClientClosedException.class);
      assertThatThrownBy(() -> pw.blocking().patches().get(1)).isInstanceOf(ClientClosedException.class);
      assertThatThrownBy(() -> pw.patches().list().stream().count()).isInstanceOf(ClientClosedException.class);
      assertThatThrownBy(() -> pw.blocking().checks().create(1,
          NewCheck.builder().state(CheckState.SUCCESS).context("ci").build())).isInstanceOf(ClientClosedException.class);
      assertThat(server.connections()).isZero();
      pw.close(); // twice is harmless
    }
  }

  @Test
  void aNullOrBlankTokenIsAnonymous() {
    try (FaultServer server = FaultServer.scripted(Reply.json(200, Bodies.patch()));
        PatchworkClient none = client.builder(server.baseUrl()).token(null).build();
        PatchworkClient blank = client.builder(server.baseUrl()).token("  ").build()) {
      none.blocking().patches().get(1);
      blank.blocking().patches().get(1);

      assertThat(server.requests()).hasSize(2).allSatisfy(r -> assertThat(r.header("Authorization")).isNull());
    }
  }
}
