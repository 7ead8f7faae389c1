package io.github.patchwork4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.patchwork4j.model.event.Event;
import io.github.patchwork4j.model.event.UnknownEvent;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Values the SDK does not know (a custom patch state, a new check state, a new event category, a
 * newer API version) are kept and written back as they came, never turned into a placeholder.
 */
class OpenValuesTest {

  private final ObjectMapper strict = TestFixtures.strictMapper();

  @Test
  void customPatchStateReadsAndWritesBackItsSlug() throws Exception {
    ObjectNode json = (ObjectNode) TestFixtures.recordedBody("v1.3/018-patch-1.json");
    json.put("state", "needs-ack");

    Patch patch = strict.treeToValue(json, Patch.class);

    assertThat(patch.state().slug()).isEqualTo("needs-ack");
    assertThat(patch.state().isKnown()).isFalse();
    assertThat(patch.state()).isEqualTo(PatchState.of("needs-ack")).isEqualTo(PatchState.of("Needs ACK"));
    assertThat(io.github.patchwork4j.model.WrittenJson.of(strict, patch).get("state").asText()).isEqualTo("needs-ack");
    assertThat(JsonDiff.differences(json, io.github.patchwork4j.model.WrittenJson.of(strict, patch))).isEmpty();
  }

  @Test
  void stateNamesAreSlugifiedLikeTheServer() {
    assertThat(PatchState.of("Changes Requested")).isEqualTo(PatchState.CHANGES_REQUESTED);
    assertThat(PatchState.of("changes-requested")).isSameAs(PatchState.CHANGES_REQUESTED);
    assertThat(PatchState.of("NEW")).isEqualTo(PatchState.NEW);
    assertThat(PatchState.of("  Under   Review ")).isEqualTo(PatchState.UNDER_REVIEW);
    assertThat(PatchState.of("Not Applicable").slug()).isEqualTo("not-applicable");
    assertThat(PatchState.of("Awaiting -- Upstream!").slug()).isEqualTo("awaiting-upstream");
    assertThat(PatchState.of("Réjected").slug()).isEqualTo("rejected");
    assertThat(PatchState.of("_wip_").slug()).isEqualTo("wip");
    assertThat(PatchState.of("Changes Requested").hashCode())
        .isEqualTo(PatchState.CHANGES_REQUESTED.hashCode());
    assertThat(PatchState.defaults()).hasSize(10).allMatch(PatchState::isKnown);
    assertThatThrownBy(() -> PatchState.of("!!!"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Changes Requested");
  }

  @Test
  void unknownCheckStateReadsAndWritesBackItsLabel() throws Exception {
    ObjectNode json = (ObjectNode) TestFixtures.recordedBody("v1.3/026-patch-check-detail.json");
    json.put("state", "skipped");

    Check check = strict.treeToValue(json, Check.class);

    assertThat(check.state().value()).isEqualTo("skipped");
    assertThat(check.state().isKnown()).isFalse();
    assertThat(check.state().code()).isEmpty();
    assertThat(JsonDiff.differences(json, io.github.patchwork4j.model.WrittenJson.of(strict, check))).isEmpty();
  }

  @Test
  void knownCheckStatesCarryTheServersNumericCode() {
    assertThat(CheckState.of("pending").code()).hasValue(0);
    assertThat(CheckState.of("SUCCESS")).isSameAs(CheckState.SUCCESS);
    assertThat(CheckState.SUCCESS.code()).hasValue(1);
    assertThat(CheckState.WARNING.code()).hasValue(2);
    assertThat(CheckState.FAIL.code()).hasValue(3);
    assertThatThrownBy(() -> CheckState.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unknownEventCategoryKeepsCategoryAndPayloadAndWritesBackTheSameJson() throws Exception {
    JsonNode recorded = TestFixtures.recordedBody("v1.3/053-events-patch-state-changed.json").get(0);
    ObjectNode json = recorded.deepCopy();
    json.put("category", "patch-exploded");
    ObjectNode payload = (ObjectNode) json.get("payload");
    payload.put("fragments", 3);
    payload.putArray("shrapnel").add("a").addNull().add(2.5).addObject().put("deep", true);
    payload.putNull("cause");

    Event event = strict.treeToValue(json, Event.class);

    assertThat(event).isInstanceOf(UnknownEvent.class);
    UnknownEvent unknown = (UnknownEvent) event;
    assertThat(unknown.category().value()).isEqualTo("patch-exploded");
    assertThat(unknown.category().isKnown()).isFalse();
    assertThat(unknown.id()).isEqualTo(json.get("id").asInt());
    assertThat(unknown.actor().map(User::username))
        .contains(json.at("/actor/username").asText());
    assertThat(unknown.payload()).containsKeys("patch", "previous_state", "current_state",
        "fragments", "shrapnel", "cause");
    assertThat(unknown.payload().get("fragments")).isEqualTo(3);
    assertThat(unknown.payload().get("cause")).isNull();
    assertThat(unknown.payload().get("shrapnel")).isEqualTo(Arrays.asList("a", null, 2.5,
        Map.of("deep", true)));
    assertThat(((Map<?, ?>) unknown.payload().get("patch")).get("id"))
        .isEqualTo(json.at("/payload/patch/id").asInt());

    JsonNode written = io.github.patchwork4j.model.WrittenJson.of(strict, unknown);
    assertThat(JsonDiff.differences(json, written)).isEmpty();
    assertThat(strict.treeToValue(written, Event.class)).isEqualTo(unknown);
  }

  @Test
  void unknownEventPayloadCannotBeModified() throws Exception {
    ObjectNode json = TestFixtures.recordedBody("v1.3/048-events.json").get(0).deepCopy();
    json.put("category", "something-new");
    UnknownEvent unknown = (UnknownEvent) strict.treeToValue(json, Event.class);
    assertThatThrownBy(() -> unknown.payload().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void newerApiVersionReadsAndWritesBackAsIs() throws Exception {
    ApiVersion v = strict.readValue("\"1.9\"", ApiVersion.class);

    assertThat(v.toString()).isEqualTo("1.9");
    assertThat(v.isKnown()).isFalse();
    assertThat(strict.writeValueAsString(v)).isEqualTo("\"1.9\"");
    assertThat(v).isEqualTo(ApiVersion.of(1, 9)).isGreaterThan(ApiVersion.V1_4);
    assertThat(ApiVersion.of("1.10")).isGreaterThan(v);
    assertThat(v.isAtLeast(ApiVersion.V1_3)).isTrue();
    assertThat(ApiVersion.V1_2.isAtLeast(ApiVersion.V1_3)).isFalse();
    assertThat(ApiVersion.of("1.3")).isSameAs(ApiVersion.V1_3);
    assertThat(ApiVersion.known()).containsExactly(ApiVersion.V1_0, ApiVersion.V1_1,
        ApiVersion.V1_2, ApiVersion.V1_3, ApiVersion.V1_4).isSorted();
  }

  @Test
  void malformedApiVersionIsRejectedWithAnExample() {
    assertThatThrownBy(() -> ApiVersion.of("bogus"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'bogus'").hasMessageContaining("\"1.3\"");
    assertThatThrownBy(() -> ApiVersion.of("1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ApiVersion.of("v1.2")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eventCategoriesAreKeptExactly() throws Exception {
    assertThat(EventCategory.of("check-created")).isSameAs(EventCategory.CHECK_CREATED);
    assertThat(EventCategory.known()).hasSize(11).allMatch(EventCategory::isKnown);
    EventCategory other = strict.readValue("\"Check-Created\"", EventCategory.class);
    assertThat(other.isKnown()).isFalse();
    assertThat(strict.writeValueAsString(other)).isEqualTo("\"Check-Created\"");
  }
}
