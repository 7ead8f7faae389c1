package io.github.patchwork4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.patchwork4j.client.WriteAssertions.body;
import static io.github.patchwork4j.client.WriteAssertions.writes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.patchwork4j.client.error.NotFoundException;
import io.github.patchwork4j.client.error.PatchworkException;
import io.github.patchwork4j.client.error.PermissionDeniedException;
import io.github.patchwork4j.client.error.UnsupportedFeatureException;
import io.github.patchwork4j.client.testing.Json;
import io.github.patchwork4j.client.testing.Prefix;
import io.github.patchwork4j.client.testing.RecordedServer;
import io.github.patchwork4j.client.testing.RecordedServer.Recording;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.PatchState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code updateAll} and {@code updateSeries}: every id tried, each outcome reported. */
class BulkUpdateTest {

  private static final PatchUpdate ACCEPT = PatchUpdate.builder().state(PatchState.ACCEPTED).archived(true).build();

  private RecordedServer server;
  private PatchworkClient pw;

  @BeforeEach
  void start() {
    server = RecordedServer.start();
    pw = Prefix.V1_3.clientWithToken(server);
  }

  @AfterEach
  void stop() {
    pw.close();
    server.close();
  }

  /** Answers a PATCH of patch {@code id} with the recorded updated patch, renumbered. */
  private void accept(long id) {
    ObjectNode patch = (ObjectNode) server.recording("writes/001-patch-set-state").json();
    patch.put("id", id);
    server.wireMock().stubFor(any(urlPathEqualTo("/api/1.3/patches/" + id + "/")).willReturn(
        aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(patch.toString())));
  }

  /** Answers a PATCH of patch {@code id} with the recorded refusal of a user without rights. */
  private Recording refuse(long id) {
    Recording r = server.recording("errors/013-patch-no-permission");
    server.wireMock().stubFor(any(urlPathEqualTo("/api/1.3/patches/" + id + "/")).willReturn(
        aResponse().withStatus(r.status()).withHeader("Content-Type", "application/json").withBody(r.bodyText())));
    return r;
  }

  @Test
  void fiftyIdsOfWhichThreeAreRefused() {
    List<Long> ids = LongStream.rangeClosed(101, 150).boxed().collect(Collectors.toList());
    Set<Long> refused = Set.of(110L, 125L, 150L);
    Recording refusal = null;
    for (long id : ids) {
      if (refused.contains(id)) {
        refusal = refuse(id);
      } else {
        accept(id);
      }
    }

    BulkResult<Patch> result = pw.patches().updateAll(ids, ACCEPT).join();

    List<Long> expectedOk = ids.stream().filter(id -> !refused.contains(id)).collect(Collectors.toList());
    assertThat(result.isComplete()).isFalse();
    assertThat(result.succeeded()).hasSize(47);
    assertThat(new ArrayList<>(result.succeeded().keySet())).containsExactlyElementsOf(expectedOk);
    result.succeeded().forEach((id, patch) -> assertThat(patch.id()).isEqualTo(id));
    assertThat(result.failed()).hasSize(3);
    assertThat(new ArrayList<>(result.failed().keySet())).containsExactly(110L, 125L, 150L);
    String detail = refusal.json().get("detail").asText();
    for (PatchworkException e : result.failed().values()) {
      assertThat(e).isInstanceOf(PermissionDeniedException.class);
      assertThat(e.detail()).contains(detail);
    }
    assertThat(result.failed().get(125L).uri().getPath()).isEqualTo("/api/1.3/patches/125/");
    // Each id got exactly one PATCH with the same body.
    List<LoggedRequest> sent = writes(server);
    assertThat(sent).hasSize(50).allSatisfy(r -> {
      assertThat(r.getMethod().getName()).isEqualTo("PATCH");
      assertThat(body(r)).isEqualTo(Exchange.tree(ACCEPT.body().toJson()));
    });
    assertThat(sent.stream().map(LoggedRequest::getUrl).collect(Collectors.toSet())).hasSize(50);
    assertThat(result.toString()).contains("succeeded=47", "failed=3", "125=PermissionDeniedException");
  }

  @Test
  void blockingTwinNeverThrowsForAPartialFailure() {
    accept(1);
    refuse(2);
    BulkResult<Patch> result = pw.blocking().patches().updateAll(List.of(1L, 2L, 1L), ACCEPT, 1);
    assertThat(result.succeeded()).containsOnlyKeys(1L);
    assertThat(result.failed()).containsOnlyKeys(2L);
    assertThat(writes(server)).hasSize(2); // an id given twice is sent once
  }

  @Test
  void updatesEveryPatchOfASeriesInSeriesOrder() {
    Recording series = server.recording("v1.3/series-13").withRole("maint"); // read with the token
    server.stub(series);
    List<Long> ids = Json.ids(series.json().get("patches"));
    ids.forEach(this::accept);

    BulkResult<Patch> result = pw.patches().updateSeries(13, ACCEPT).join();

    assertThat(result.isComplete()).isTrue();
    assertThat(new ArrayList<>(result.succeeded().keySet())).containsExactlyElementsOf(ids);
    assertThat(writes(server)).hasSize(ids.size());
  }

  @Test
  void anUnknownSeriesFailsTheWholeCall() {
    Recording missing = server.recording("errors/001-unknown-patch");
    server.wireMock().stubFor(any(urlPathEqualTo("/api/1.3/series/999999/")).willReturn(
        aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(missing.bodyText())));
    assertThatThrownBy(() -> pw.blocking().patches().updateSeries(999999, ACCEPT))
        .isInstanceOf(NotFoundException.class);
    assertThat(writes(server)).isEmpty();
  }

  @Test
  void aFieldTheVersionLacksFailsTheWholeCallBeforeSending() {
    try (PatchworkClient old = PatchworkClient.builder().baseUrl(server.baseUrl()).token("t")
        .apiVersion(ApiVersion.V1_1).build()) {
      PatchUpdate relate = PatchUpdate.builder().related(7).build();
      assertThatThrownBy(() -> old.blocking().patches().updateAll(List.of(1L, 2L, 3L), relate))
          .isInstanceOf(UnsupportedFeatureException.class);
      assertThatThrownBy(() -> old.blocking().patches().updateSeries(13, relate))
          .isInstanceOf(UnsupportedFeatureException.class);
    }
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void theBuilderSetsTheDefaultBound() {
    accept(1);
    assertThatThrownBy(() -> Prefix.V1_3.builder(server).bulkConcurrency(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxConcurrency");
    try (PatchworkClient one = Prefix.V1_3.builder(server).token("t").bulkConcurrency(1).build()) {
      assertThat(one.blocking().patches().updateAll(List.of(1L), ACCEPT).isComplete()).isTrue();
    }
  }

  @Test
  void refusesBadArgumentsAtOnce() {
    assertThatThrownBy(() -> pw.patches().updateAll(List.of(1L, 0L), ACCEPT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    assertThatThrownBy(() -> pw.patches().updateAll(List.of(1L), ACCEPT, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxConcurrency");
    assertThat(pw.patches().updateAll(List.of(), ACCEPT).join().isComplete()).isTrue();
    assertThat(server.requests()).isEmpty();
  }
}
