package io.github.patchwork4j.client;

import static io.github.patchwork4j.client.testing.Json.ids;
import static io.github.patchwork4j.client.testing.Json.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.patchwork4j.client.testing.Prefix;
import io.github.patchwork4j.client.testing.RecordedServer;
import io.github.patchwork4j.client.testing.RecordedServer.Recording;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.PatchRef;
import io.github.patchwork4j.model.PatchState;
import io.github.patchwork4j.model.SeriesRef;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Patches read through the client from the recordings of each prefix. */
class PatchReadTest {

  private RecordedServer server;

  @BeforeEach
  void start() {
    server = RecordedServer.start();
  }

  @AfterEach
  void stop() {
    assertThat(server.unmatched()).as("requests no recording answered").isEmpty();
    server.close();
  }

  @ParameterizedTest
  @EnumSource(Prefix.class)
  void readsEveryRecordedPatchDetail(Prefix prefix) {
    for (String name : List.of("patch-1", "patch-2", "patch-637", "patch-pull-request", "patch-delegated",
        "patch-with-checks", "patch-related")) {
      Recording r = server.stub(prefix.rec(name));
      JsonNode json = r.json();
      try (PatchworkClient pw = prefix.client(server)) {
        Patch p = pw.patches().get(json.get("id").asLong()).join();

        assertThat(p.id()).isEqualTo(json.get("id").asInt());
        assertThat(p.url()).isEqualTo(URI.create(text(json, "url")));
        assertThat(p.name()).isEqualTo(text(json, "name"));
        assertThat(p.msgid()).isEqualTo(text(json, "msgid"));
        assertThat(p.state()).isEqualTo(PatchState.of(text(json, "state")));
        assertThat(p.archived()).isEqualTo(json.get("archived").asBoolean());
        assertThat(p.hash().orElse(null)).isEqualTo(text(json, "hash"));
        assertThat(p.pullUrl().orElse(null)).isEqualTo(text(json, "pull_url"));
        assertThat(p.submitter().email()).isEqualTo(text(json.get("submitter"), "email"));
        assertThat(p.delegate().map(u -> u.username()).orElse(null))
            .isEqualTo(json.get("delegate").isNull() ? null : text(json.get("delegate"), "username"));
        assertThat(p.series()).extracting(SeriesRef::id).containsExactlyElementsOf(ids(json.get("series")));
        assertThat(p.related()).extracting(PatchRef::id).containsExactlyElementsOf(ids(json.get("related")));
        assertThat(p.diff().orElse(null)).isEqualTo(text(json, "diff"));
        assertThat(p.content().orElse(null)).isEqualTo(text(json, "content"));
        assertThat(p.prefixes()).hasSize(json.get("prefixes").size());
        assertThat(p.date()).isEqualTo(LocalDateTime.parse(text(json, "date")));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Prefix.class)
  void walksTheRecordedPagesOfProjectAlpha(Prefix prefix) {
    Recording page1 = server.stub(prefix.rec("patches-alpha-page-1"));
    Recording page2 = server.stub(prefix.rec("patches-alpha-page-2"));
    Recording page3 = server.stub(prefix.rec("patches-alpha-page-3"));
    try (PatchworkClient pw = prefix.client(server)) {
      Paginated<Patch> list = pw.patches().list(PatchQuery.builder().project("alpha").pageSize(50).build());

      Page<Patch> first = list.firstPage().join();
      Page<Patch> second = first.next().join();
      Page<Patch> third = second.next().join();

      assertThat(first.items()).extracting(Patch::id).containsExactlyElementsOf(ids(page1.json()));
      assertThat(second.items()).extracting(Patch::id).containsExactlyElementsOf(ids(page2.json()));
      assertThat(third.items()).extracting(Patch::id).containsExactlyElementsOf(ids(page3.json()));
      assertThat(third.hasNext()).isTrue();
      assertThat(first.items()).allSatisfy(p -> assertThat(p.project().linkName()).isEqualTo("alpha"));
    }
  }

  @ParameterizedTest
  @EnumSource(Prefix.class)
  void sendsEveryFilterAsTheServerReadsIt(Prefix prefix) {
    // Each recording only answers the exact parameters it was recorded with (any order).
    check(prefix, "patches-state-new-or-review",
        PatchQuery.builder().project("alpha").state(PatchState.NEW, PatchState.UNDER_REVIEW).pageSize(100));
    check(prefix, "patches-archived", PatchQuery.builder().archived(true).pageSize(100));
    check(prefix, "patches-submitter-email", PatchQuery.builder().submitter("sub@example.com").pageSize(30));
    check(prefix, "patches-delegate-username", PatchQuery.builder().delegate("maint").pageSize(30));
    check(prefix, "patches-since-before",
        PatchQuery.builder().since(LocalDateTime.of(2025, 1, 1, 0, 0)).before(LocalDateTime.of(2025, 3, 1, 0, 0))
            .pageSize(100));
    check(prefix, "patches-q-order", PatchQuery.builder().q("driver").orderByDescending(PatchQuery.Order.DATE).pageSize(30));
    check(prefix, "patches-series-filter", PatchQuery.builder().series(2).pageSize(30));
    check(prefix, "patches-project-beta", PatchQuery.builder().project("beta").pageSize(30));
  }

  /**
   * Serves the recording under the parameters the client sends for the query (the recorded
   * ones plus the page size the recording's server used by default), then reads page 1.
   */
  private void check(Prefix prefix, String name, PatchQuery.Builder query) {
    Recording r = server.recording(prefix.rec(name));
    String path = r.path().contains("per_page=") ? r.path()
        : r.path() + (r.path().contains("?") ? "&" : "?") + "per_page=30";
    server.stub(r.withPath(path));
    try (PatchworkClient pw = prefix.client(server)) {
      Page<Patch> page = pw.patches().list(query.build()).firstPage().join();
      assertThat(page.items()).as(name).extracting(Patch::id).containsExactlyElementsOf(ids(r.json()));
      assertThat(page.hasNext()).as(name).isEqualTo(r.headers().getOrDefault("Link", "").contains("rel=\"next\""));
    }
  }
}
