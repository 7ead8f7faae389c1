package io.github.patchwork4j.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.patchwork4j.model.CheckState;
import io.github.patchwork4j.model.EventCategory;
import io.github.patchwork4j.model.PatchState;
import io.github.patchwork4j.model.TestFixtures;
import io.github.patchwork4j.model.User;
import io.github.patchwork4j.model.json.PatchworkJson;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Events read by category into typed payloads; expected values come from the recorded JSON. */
class EventsTest {

  private final ObjectMapper strict = TestFixtures.strictMapper();

  private List<Event> events(String recording) throws Exception {
    return strict.readerFor(new TypeReference<List<Event>>() {})
        .readValue(TestFixtures.recordedBody(recording));
  }

  @Test
  void everyRecordedCategoryReadsAsItsTypedClass() throws Exception {
    Map<String, Class<?>> expected = Map.ofEntries(
        Map.entry("cover-created", CoverCreatedEvent.class),
        Map.entry("patch-created", PatchCreatedEvent.class),
        Map.entry("patch-completed", PatchCompletedEvent.class),
        Map.entry("patch-state-changed", PatchStateChangedEvent.class),
        Map.entry("patch-delegated", PatchDelegatedEvent.class),
        Map.entry("patch-relation-changed", PatchRelationChangedEvent.class),
        Map.entry("check-created", CheckCreatedEvent.class),
        Map.entry("series-created", SeriesCreatedEvent.class),
        Map.entry("series-completed", SeriesCompletedEvent.class),
        Map.entry("cover-comment-created", CoverCommentCreatedEvent.class),
        Map.entry("patch-comment-created", PatchCommentCreatedEvent.class));
    JsonNode json = TestFixtures.recording("dataset/events.json");
    List<Event> all = strict.readerFor(new TypeReference<List<Event>>() {}).readValue(
        TestFixtures.text("fixtures/recordings/dataset/events.json"));

    assertThat(all).hasSize(json.size());
    for (int i = 0; i < all.size(); i++) {
      String category = json.get(i).get("category").asText();
      assertThat(all.get(i)).isInstanceOf(expected.get(category));
      assertThat(all.get(i).category().value()).isEqualTo(category);
      assertThat(all.get(i).category().isKnown()).isTrue();
      assertThat(all.get(i).id()).isEqualTo(json.get(i).get("id").asInt());
    }
    assertThat(all).extracting(Event::category).map(EventCategory::value)
        .containsAll(expected.keySet());
  }

  @Test
  void visitorDispatchesEachEventToItsCategoryMethod() throws Exception {
    JsonNode json = TestFixtures.recording("dataset/events.json");
    List<Event> all = strict.readerFor(new TypeReference<List<Event>>() {}).readValue(json);
    Map<String, Integer> fromJson = new TreeMap<>();
    json.forEach(e -> fromJson.merge(e.get("category").asText(), 1, Integer::sum));

    Map<String, Integer> visited = new TreeMap<>();
    EventVisitor<String> names = new EventVisitor<>() {
      @Override
      public String visitCoverCreated(CoverCreatedEvent e) {
        return "cover-created";
      }

      @Override
      public String visitPatchCreated(PatchCreatedEvent e) {
        return "patch-created";
      }

      @Override
      public String visitPatchCompleted(PatchCompletedEvent e) {
        return "patch-completed";
      }

      @Override
      public String visitPatchStateChanged(PatchStateChangedEvent e) {
        return "patch-state-changed";
      }

      @Override
      public String visitPatchDelegated(PatchDelegatedEvent e) {
        return "patch-delegated";
      }

      @Override
      public String visitPatchRelationChanged(PatchRelationChangedEvent e) {
        return "patch-relation-changed";
      }

      @Override
      public String visitCheckCreated(CheckCreatedEvent e) {
        return "check-created";
      }

      @Override
      public String visitSeriesCreated(SeriesCreatedEvent e) {
        return "series-created";
      }

      @Override
      public String visitSeriesCompleted(SeriesCompletedEvent e) {
        return "series-completed";
      }

      @Override
      public String visitCoverCommentCreated(CoverCommentCreatedEvent e) {
        return "cover-comment-created";
      }

      @Override
      public String visitPatchCommentCreated(PatchCommentCreatedEvent e) {
        return "patch-comment-created";
      }

      @Override
      public String otherwise(Event e) {
        return "other";
      }
    };
    all.forEach(e -> visited.merge(e.accept(names), 1, Integer::sum));

    assertThat(visited).isEqualTo(fromJson);
  }

  @Test
  void visitorFallsBackToOtherwiseForUnhandledAndUnknownEvents() throws Exception {
    ObjectNode json = TestFixtures.recordedBody("v1.3/056-events-check-created.json").get(0)
        .deepCopy();
    Event check = strict.treeToValue(json, Event.class);
    json.put("category", "patch-teleported");
    Event unknown = strict.treeToValue(json, Event.class);
    EventVisitor<String> onlyChecks = new EventVisitor<>() {
      @Override
      public String visitCheckCreated(CheckCreatedEvent e) {
        return "check " + e.check().context();
      }

      @Override
      public String otherwise(Event e) {
        return "other " + e.category();
      }
    };

    assertThat(check.accept(onlyChecks)).isEqualTo("check " + json.at("/payload/check/context")
        .asText());
    assertThat(unknown.accept(onlyChecks)).isEqualTo("other patch-teleported");
  }

  @Test
  void stateChangeCarriesPreviousAndCurrentStateAndTheActor() throws Exception {
    JsonNode json = TestFixtures.recordedBody("v1.3/053-events-patch-state-changed.json");
    List<Event> events = events("v1.3/053-events-patch-state-changed.json");

    for (int i = 0; i < json.size(); i++) {
      PatchStateChangedEvent e = (PatchStateChangedEvent) events.get(i);
      JsonNode j = json.get(i);
      assertThat(e.previousState())
          .isEqualTo(PatchState.of(j.at("/payload/previous_state").asText()));
      assertThat(e.currentState())
          .isEqualTo(PatchState.of(j.at("/payload/current_state").asText()));
      assertThat(e.currentState()).isNotEqualTo(e.previousState());
      assertThat(e.patch().id()).isEqualTo(j.at("/payload/patch/id").asInt());
      assertThat(e.patch().name()).isEqualTo(j.at("/payload/patch/name").asText());
      assertThat(e.actor().map(User::username)).contains(j.at("/actor/username").asText());
      assertThat(e.project().linkName()).isEqualTo(j.at("/project/link_name").asText());
      assertThat(e.date()).isEqualTo(LocalDateTime.parse(j.get("date").asText()));
    }
  }

  @Test
  void delegationTellsANullDelegateFromAUser() throws Exception {
    JsonNode json = TestFixtures.recordedBody("writes/020-events-after-writes.json");
    List<Event> events = events("writes/020-events-after-writes.json");
    int seen = 0;
    for (int i = 0; i < json.size(); i++) {
      if (!(events.get(i) instanceof PatchDelegatedEvent)) {
        continue;
      }
      seen++;
      PatchDelegatedEvent e = (PatchDelegatedEvent) events.get(i);
      JsonNode previous = json.get(i).at("/payload/previous_delegate");
      JsonNode current = json.get(i).at("/payload/current_delegate");
      assertThat(e.previousDelegate().map(User::username))
          .isEqualTo(previous.isNull() ? java.util.Optional.empty()
              : java.util.Optional.of(previous.get("username").asText()));
      assertThat(e.currentDelegate().map(User::username))
          .isEqualTo(current.isNull() ? java.util.Optional.empty()
              : java.util.Optional.of(current.get("username").asText()));
    }
    // The recording sets a delegate, then clears it: both directions are covered.
    assertThat(seen).isEqualTo(2);
  }

  @Test
  void checkCreatedCarriesTheEmbeddedCheckAndItsUserAsActor() throws Exception {
    JsonNode json = TestFixtures.recordedBody("v1.3/056-events-check-created.json");
    List<Event> events = events("v1.3/056-events-check-created.json");
    for (int i = 0; i < json.size(); i++) {
      CheckCreatedEvent e = (CheckCreatedEvent) events.get(i);
      JsonNode check = json.get(i).at("/payload/check");
      assertThat(e.check().id()).isEqualTo(check.get("id").asInt());
      assertThat(e.check().url()).isEqualTo(URI.create(check.get("url").asText()));
      assertThat(e.check().state()).isEqualTo(CheckState.of(check.get("state").asText()));
      assertThat(e.check().context()).isEqualTo(check.get("context").asText());
      assertThat(e.check().targetUrl().orElse(null))
          .isEqualTo(check.get("target_url").isNull() ? null : check.get("target_url").asText());
      assertThat(e.check().date()).isEqualTo(LocalDateTime.parse(check.get("date").asText()));
      assertThat(e.actor()).isPresent();
    }
  }

  @Test
  void commentEventsCarryTheCommentAndWhatItRepliesTo() throws Exception {
    JsonNode patchJson = TestFixtures.recordedBody("v1.3/060-events-patch-comment-created.json");
    PatchCommentCreatedEvent p =
        (PatchCommentCreatedEvent) events("v1.3/060-events-patch-comment-created.json").get(0);
    assertThat(p.patch().id()).isEqualTo(patchJson.get(0).at("/payload/patch/id").asInt());
    assertThat(p.comment().id()).isEqualTo(patchJson.get(0).at("/payload/comment/id").asInt());
    assertThat(p.comment().url())
        .contains(URI.create(patchJson.get(0).at("/payload/comment/url").asText()));
    assertThat(p.comment().msgid()).isEqualTo(patchJson.get(0).at("/payload/comment/msgid")
        .asText());
    assertThat(p.actor()).isEmpty();

    JsonNode coverJson = TestFixtures.recordedBody("v1.3/059-events-cover-comment-created.json");
    CoverCommentCreatedEvent c =
        (CoverCommentCreatedEvent) events("v1.3/059-events-cover-comment-created.json").get(0);
    assertThat(c.cover().id()).isEqualTo(coverJson.get(0).at("/payload/cover/id").asInt());
    assertThat(c.comment().webUrl())
        .isEqualTo(URI.create(coverJson.get(0).at("/payload/comment/web_url").asText()));
  }

  @Test
  void seriesAndCompletionEventsCarryTheirSeries() throws Exception {
    JsonNode json = TestFixtures.recordedBody("v1.3/052-events-patch-completed.json");
    PatchCompletedEvent e =
        (PatchCompletedEvent) events("v1.3/052-events-patch-completed.json").get(0);
    assertThat(e.series().id()).isEqualTo(json.get(0).at("/payload/series/id").asInt());
    assertThat(e.patch().id()).isEqualTo(json.get(0).at("/payload/patch/id").asInt());
    SeriesCompletedEvent s =
        (SeriesCompletedEvent) events("v1.3/058-events-series-completed.json").get(0);
    assertThat(s.series().version()).isEqualTo(TestFixtures
        .recordedBody("v1.3/058-events-series-completed.json").get(0)
        .at("/payload/series/version").asInt());
  }

  @Test
  void everyTypedEventWritesBackToTheSameJson() throws Exception {
    JsonNode json = TestFixtures.recording("dataset/events.json");
    List<Event> all = strict.readerFor(new TypeReference<List<Event>>() {}).readValue(json);
    JsonNode written = strict.readTree(strict.writerFor(new TypeReference<List<Event>>() {})
        .writeValueAsString(all));
    assertThat(written).isEqualTo(json);
  }

  @Test
  void readingAnEventAsTheWrongTypeSaysWhichTypeItIs() {
    JsonNode json = TestFixtures.recordedBody("v1.3/056-events-check-created.json").get(0);
    assertThatThrownBy(() -> strict.treeToValue(json, PatchCreatedEvent.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("check-created")
        .hasMessageContaining("CheckCreatedEvent")
        .hasMessageContaining("PatchCreatedEvent");
  }

  @Test
  void readingAsTheConcreteTypeWorks() throws Exception {
    JsonNode json = TestFixtures.recordedBody("v1.3/056-events-check-created.json").get(0);
    CheckCreatedEvent e = strict.treeToValue(json, CheckCreatedEvent.class);
    assertThat(e.id()).isEqualTo(json.get("id").asInt());
  }

  @Test
  void unknownPayloadKeyFailsOnlyTheStrictMapper() throws Exception {
    ObjectNode json = TestFixtures.recordedBody("v1.3/053-events-patch-state-changed.json").get(0)
        .deepCopy();
    ((ObjectNode) json.get("payload")).put("reason", "bot");

    assertThatThrownBy(() -> strict.treeToValue(json, Event.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("payload.reason");
    Event lenient = PatchworkJson.mapper().treeToValue(json, Event.class);
    assertThat(lenient).isInstanceOf(PatchStateChangedEvent.class);

    ObjectNode topLevel = TestFixtures.recordedBody("v1.3/048-events.json").get(0).deepCopy();
    topLevel.put("url", "http://example.org/");
    assertThatThrownBy(() -> strict.treeToValue(topLevel, Event.class))
        .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("url");
    assertThat(PatchworkJson.mapper().treeToValue(topLevel, Event.class).id())
        .isEqualTo(topLevel.get("id").asInt());
  }

  @Test
  void missingPayloadObjectIsAnErrorNamingTheKey() {
    ObjectNode json = TestFixtures.recordedBody("v1.3/056-events-check-created.json").get(0)
        .deepCopy();
    ((ObjectNode) json.get("payload")).remove("check");
    assertThatThrownBy(() -> PatchworkJson.mapper().treeToValue(json, Event.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("'check'");
  }

  @Test
  void eventWithoutActorKeyReadsLikeANullActor() throws Exception {
    // Patchwork 2.0/2.1 did not send "actor".
    ObjectNode json = TestFixtures.recordedBody("v1.3/051-events-patch-created.json").get(0)
        .deepCopy();
    assertThat(json.get("actor").isNull()).isTrue();
    Event withNull = strict.treeToValue(json, Event.class);
    json.remove("actor");
    Event absent = strict.treeToValue(json, Event.class);
    assertThat(absent).isEqualTo(withNull);
    assertThat(absent.actor()).isEmpty();
  }

  @Test
  void builtEventsWriteTheServersShape() throws Exception {
    JsonNode json = TestFixtures.recordedBody("v1.3/054-events-patch-delegated.json").get(0);
    PatchDelegatedEvent read = strict.treeToValue(json, PatchDelegatedEvent.class);
    PatchDelegatedEvent built = PatchDelegatedEvent.builder()
        .id(read.id()).project(read.project()).date(read.date()).actor(read.actor())
        .patch(read.patch()).previousDelegate(read.previousDelegate())
        .currentDelegate(read.currentDelegate()).build();
    assertThat(built).isEqualTo(read);
    assertThat(io.github.patchwork4j.model.WrittenJson.of(strict, built)).isEqualTo(json);
  }
}
