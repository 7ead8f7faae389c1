package io.github.patchwork4j.client;

import static io.github.patchwork4j.client.testing.Json.ids;
import static io.github.patchwork4j.client.testing.Json.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.patchwork4j.client.error.UnsupportedFeatureException;
import io.github.patchwork4j.client.testing.Prefix;
import io.github.patchwork4j.client.testing.RecordedServer.Recording;
import io.github.patchwork4j.client.testing.RecordingTest;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.model.Bundle;
import io.github.patchwork4j.model.EventCategory;
import io.github.patchwork4j.model.PatchRef;
import io.github.patchwork4j.model.event.Event;
import io.github.patchwork4j.model.event.UnknownEvent;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Bundles and events read through the client from the recordings of each prefix. */
class BundleAndEventReadTest extends RecordingTest {

  @ParameterizedTest
  @EnumSource(Prefix.class)
  void anonymousCallersSeePublicBundlesOwnersAlsoPrivateOnes(Prefix prefix) {
    Recording anonymous = stubList(prefix.rec("bundles-anonymous"));
    Recording owner = stubList(prefix.rec("bundles-owner"));
    try (PatchworkClient anon = prefix.client(server);
        PatchworkClient maint = prefix.clientWithToken(server)) {
      assertThat(anon.bundles().list().toList().join()).extracting(Bundle::id)
          .containsExactlyElementsOf(ids(anonymous.json()));
      assertThat(maint.bundles().list().toList().join()).extracting(Bundle::id)
          .containsExactlyElementsOf(ids(owner.json()));
    }
  }

  @ParameterizedTest
  @EnumSource(Prefix.class)
  void readsBundleDetails(Prefix prefix) {
    for (String name : List.of("bundle-1", "bundle-2")) {
      JsonNode json = server.stub(prefix.rec(name)).json();
      try (PatchworkClient pw = prefix.clientWithToken(server)) {
        Bundle b = pw.bundles().get(json.get("id").asLong()).join();

        assertThat(b.name()).isEqualTo(text(json, "name"));
        assertThat(b.isPublic()).isEqualTo(json.get("public").asBoolean());
        assertThat(b.owner().username()).isEqualTo(text(json.get("owner"), "username"));
        assertThat(b.patches()).extracting(PatchRef::id).containsExactlyElementsOf(ids(json.get("patches")));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Prefix.class)
  void readsEventsOfEveryCategoryAsTheirTypes(Prefix prefix) {
    for (EventCategory category : EventCategory.known()) {
      boolean hidden = !prefix.version().isAtLeast(ApiVersion.V1_3)
          && (category.equals(EventCategory.COVER_COMMENT_CREATED) || category.equals(EventCategory.PATCH_COMMENT_CREATED));
      if (hidden) {
        // The server hides comment events below API 1.3 and answers [] to the filter: the client
        // refuses instead of passing that off as "no such events".
        assertThat(server.recording(prefix.rec("events-" + category.value())).json()).isEmpty();
        try (PatchworkClient pw = prefix.client(server)) {
          assertThatThrownBy(() -> pw.blocking().events().list(EventQuery.builder().category(category).build())
                  .iterator().hasNext())
              .isInstanceOf(UnsupportedFeatureException.class);
        }
        continue;
      }
      Recording r = server.stub(prefix.rec("events-" + category.value()));
      try (PatchworkClient pw = prefix.client(server)) {
        Page<Event> page = pw.events().list(EventQuery.builder().category(category).pageSize(3).build())
            .firstPage().join();

        assertThat(page.items()).as(r.file()).extracting(Event::id).containsExactlyElementsOf(ids(r.json()));
        assertThat(page.items()).as(r.file()).allSatisfy(e -> {
          assertThat(e.category()).isEqualTo(category);
          assertThat(e).isNotInstanceOf(UnknownEvent.class);
        });
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Prefix.class)
  void listsEventsNewestAndOldestFirstAndSinceADate(Prefix prefix) {
    Recording newest = server.stub(prefix.rec("events"));
    Recording oldest = server.stub(prefix.rec("events-oldest-first"));
    Recording since = server.stub(prefix.rec("events-project-since"));
    try (PatchworkClient pw = prefix.client(server)) {
      Page<Event> n = pw.events().list(EventQuery.builder().pageSize(50).build()).firstPage().join();
      Page<Event> o = pw.events().list(EventQuery.builder().orderBy(EventQuery.Order.DATE).pageSize(50).build())
          .firstPage().join();
      Page<Event> s = pw.events().list(EventQuery.builder().project("alpha")
          .since(LocalDateTime.of(2026, 1, 1, 0, 0)).pageSize(20).build()).firstPage().join();

      assertThat(n.items()).extracting(Event::id).containsExactlyElementsOf(ids(newest.json()));
      assertThat(o.items()).extracting(Event::id).containsExactlyElementsOf(ids(oldest.json()));
      assertThat(s.items()).extracting(Event::id).containsExactlyElementsOf(ids(since.json()));
      assertThat(s.items()).allSatisfy(e -> assertThat(e.date()).isAfterOrEqualTo(LocalDateTime.of(2026, 1, 1, 0, 0)));
    }
  }
}
