package io.github.patchwork4j.client.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.client.error.DecodingException;
import io.github.patchwork4j.model.Patch;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A list page that is JSON {@code null} or of the wrong shape fails the listing with a
 * {@link DecodingException}, on page 1 and on a later page: never a list that silently ends
 * early, never a {@code null} item. (The detail form is in {@link FaultMatrixTest}.)
 */
@ExtendWith(TokenNeverLogged.class)
class WrongShapeTest {

  private final FaultClient client = new FaultClient();

  private static Reply wrongPage(String json) {
    return Reply.json(200, json);
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "{\"detail\": \"Not found.\"}", "\"patches\"", "[null]", "[1, 2]"})
  void aWrongFirstPageFailsEveryConsumption(String json) {
    Pages pages = new Pages(2, 3, false);
    try (FaultServer server = FaultServer.routing(pages.router(page -> page == 1 ? wrongPage(json) : null));
        PatchworkClient pw = client.builder(server).build()) {
      assertThat(unwrap(catchThrowable(() -> pw.patches().list().firstPage().join()))).isInstanceOf(DecodingException.class);
      assertThat(unwrap(catchThrowable(() -> pw.patches().list().toList().join()))).isInstanceOf(DecodingException.class);
      assertThatThrownBy(() -> pw.patches().list().stream().count()).isInstanceOf(DecodingException.class);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "{}", "[null]"})
  void aWrongLaterPageFailsTheListingInsteadOfEndingIt(String json) {
    Pages pages = new Pages(3, 3, false);
    try (FaultServer server = FaultServer.routing(pages.router(page -> page == 2 ? wrongPage(json) : null));
        PatchworkClient pw = client.builder(server).build()) {
      assertThat(unwrap(catchThrowable(() -> pw.patches().list().toList().join()))).isInstanceOf(DecodingException.class);
      try (Stream<Patch> s = pw.patches().list().stream()) {
        assertThatThrownBy(s::count).isInstanceOf(DecodingException.class);
      }
      assertThat(server.requests()).extracting(Pages::pageOf).doesNotContain(3);
    }
  }

  private static Throwable unwrap(Throwable t) {
    return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
  }
}
