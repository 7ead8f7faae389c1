package io.github.patchwork4j.client.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.model.Patch;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An {@code Error} thrown on the client's threads (by a request listener, a sleeper or a
 * consumer: code the caller gave the client) completes the caller's future; no path leaves it
 * waiting. The five-second bound on each wait is for a broken client only.
 */
@ExtendWith(TokenNeverLogged.class)
class ThrowingCallbackTest {

  private final FaultClient client = new FaultClient();

  private static Throwable outcome(CompletableFuture<?> call) throws InterruptedException {
    try {
      call.get(5, TimeUnit.SECONDS);
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (TimeoutException e) {
      throw new AssertionError("the call never completed", e);
    }
  }

  @Test
  void aRequestListenerThrowingAnErrorDoesNotHangTheCall() throws Exception {
    try (FaultServer server = FaultServer.scripted(Reply.json(200, Bodies.patch()));
        PatchworkClient pw = client.builder(server).requestListener(e -> {
          throw new AssertionError("listener failed");
        }).build()) {
      CompletableFuture<Patch> call = pw.patches().get(1);

      outcome(call);
      assertThat(call).isDone();
    }
  }

  @Test
  void aSleeperThrowingAnErrorEndsTheCall() throws Exception {
    try (FaultServer server = FaultServer.scripted(Reply.html(503), Reply.json(200, Bodies.patch()));
        PatchworkClient pw = client.builder(server).sleeper(d -> {
          throw new StackOverflowError("sleeper failed");
        }).build()) {
      assertThat(outcome(pw.patches().get(1))).isNotNull();
    }
  }

  @Test
  void aConsumerThrowingAnErrorFailsTheListingWithIt() throws Exception {
    Pages pages = new Pages(3, 2, true);
    try (FaultServer server = FaultServer.routing(pages.router());
        PatchworkClient pw = client.builder(server).build()) {
      Throwable t = outcome(pw.patches().list().forEachAsync(p -> {
        throw new AssertionError("consumer failed on " + p.id());
      }));

      assertThat(t).isInstanceOf(AssertionError.class).hasMessage("consumer failed on 1");
    }
  }

  @Test
  void aSecondCallAfterAThrowingListenerStillWorks() {
    try (FaultServer server = FaultServer.scripted(Reply.json(200, Bodies.patch()));
        PatchworkClient pw = client.builder(server).requestListener(e -> {
          throw new IllegalStateException("listener failed");
        }).build()) {
      assertThat(pw.blocking().patches().get(1).id()).isEqualTo(1);
      assertThat(catchThrowable(() -> pw.blocking().patches().get(1))).isNull();
    }
  }
}
