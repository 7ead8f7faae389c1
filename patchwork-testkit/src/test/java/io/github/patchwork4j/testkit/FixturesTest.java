package io.github.patchwork4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.Series;
import io.github.patchwork4j.model.event.Event;
import io.github.patchwork4j.model.json.PatchworkJson;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Reading the shipped recordings and captures, and the model builders' defaults. */
class FixturesTest {

  @Test
  void anExchangeReadsByNameWithItsRequestAndAnswer() {
    RecordedExchange e = Fixtures.exchange("v1.3/018-patch-1");
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.path()).isEqualTo("/api/1.3/patches/1/");
    assertThat(e.role()).isEqualTo("anonymous");
    assertThat(e.status()).isEqualTo(200);
    assertThat(e.header("content-type")).hasValue("application/json");
    JsonNode raw = Replay.read(Replay.files("v1.3").get(17));
    Patch patch = e.bodyAs(Patch.class);
    assertThat(patch.id()).isEqualTo(raw.at("/response/body/id").asInt());
    assertThat(patch.name()).isEqualTo(raw.at("/response/body/name").asText());
    assertThat(Fixtures.exchange("errors/002-non-integer-id").isJson()).isFalse();
    assertThat(Fixtures.exchange("errors/002-non-integer-id").body()).contains("404");
  }

  @Test
  void aFolderListsEveryRecordingInOrder() {
    List<RecordedExchange> all = Fixtures.exchanges("writes");
    assertThat(all).hasSize(Replay.files("writes").size());
    assertThat(all.get(0).name()).isEqualTo("writes/001-patch-set-state");
    assertThat(all.get(0).requestBody()).hasValue("{\"state\":\"under-review\"}");
    assertThat(Fixtures.exchange("v1.3/005-patches-alpha-page-1").bodyAsListOf(Patch.class)).hasSize(50);
  }

  @Test
  void unknownNamesSayWhatExists() {
    assertThatThrownBy(() -> Fixtures.exchange("v9/nothing")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("v1.3/018-patch-1");
    assertThatThrownBy(() -> Fixtures.exchanges("v9")).hasMessageContaining("unversioned");
    assertThatThrownBy(() -> Fixtures.capture("nothing")).hasMessageContaining("000_7151df8b5738894d");
  }

  @Test
  void capturesReadInTheBrowsableApiForm() {
    assertThat(Fixtures.captures()).hasSize(3);
    Capture c = Fixtures.capture("000_7151df8b5738894d");
    assertThat(c.method()).isEqualTo("GET");
    assertThat(c.path()).isEqualTo("/api/1.2/patches/2225927/?format=api");
    assertThat(c.status()).isEqualTo(200);
    assertThat(c.reason()).isEqualTo("OK");
    assertThat(c.header("Allow")).hasValue("GET, PUT, PATCH, HEAD, OPTIONS");
    assertThat(c.description()).startsWith("get:\nShow a patch.");
    assertThat(c.bodyAs(Patch.class).id()).isEqualTo(2225927);
    Series s = Fixtures.capture("002_ab6d2813615b92f4").bodyAs(Series.class);
    assertThat(s.patches()).isNotEmpty();
  }

  @Test
  void everyBuilderBuildsAndRoundTripsThroughJson() throws Exception {
    List<Supplier<Object>> builders = List.of(
        () -> Fixtures.project().build(), () -> Fixtures.projectRef().build(), () -> Fixtures.user().build(),
        () -> Fixtures.userSettings().build(), () -> Fixtures.person().build(), () -> Fixtures.patch().build(),
        () -> Fixtures.patchRef().build(), () -> Fixtures.cover().build(), () -> Fixtures.coverRef().build(),
        () -> Fixtures.series().build(), () -> Fixtures.seriesRef().build(), () -> Fixtures.comment().build(),
        () -> Fixtures.commentRef().build(), () -> Fixtures.check().build(), () -> Fixtures.checkRef().build(),
        () -> Fixtures.bundle().build(), () -> Fixtures.apiIndex().build());
    var mapper = PatchworkJson.mapper();
    for (Supplier<Object> b : builders) {
      Object value = b.get();
      assertThat(mapper.readValue(mapper.writeValueAsString(value), value.getClass().getSuperclass()))
          .as(value.getClass().getSimpleName()).isEqualTo(value);
    }
    List<Event> events = List.of(Fixtures.coverCreatedEvent().build(), Fixtures.patchCreatedEvent().build(),
        Fixtures.patchCompletedEvent().build(), Fixtures.patchStateChangedEvent().build(),
        Fixtures.patchDelegatedEvent().build(), Fixtures.patchRelationChangedEvent().build(),
        Fixtures.checkCreatedEvent().build(), Fixtures.seriesCreatedEvent().build(),
        Fixtures.seriesCompletedEvent().build(), Fixtures.coverCommentCreatedEvent().build(),
        Fixtures.patchCommentCreatedEvent().build());
    for (Event e : events) {
      assertThat(mapper.readValue(mapper.writeValueAsString(e), Event.class)).isEqualTo(e);
    }
  }

  @Test
  void defaultPatchesHaveUniqueMessageIdsAndTheDataSetsProjectAndSubmitter() {
    Patch a = Fixtures.patch().build();
    Patch b = Fixtures.patch().build();
    assertThat(a.msgid()).isNotEqualTo(b.msgid()).startsWith("<").endsWith(">");
    assertThat(a.project().linkName()).isEqualTo("alpha");
    assertThat(a.submitter().email()).isEqualTo("sub@example.com");
  }
}
