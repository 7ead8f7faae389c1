package io.github.patchwork4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.patchwork4j.model.ApiVersion;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * API 1.0 and 1.1 (not recorded) are the 1.3 recordings minus the keys added in
 * later versions; and a server's newest version is what its builder says.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VersionsTest {

  private FakePatchwork fake;

  @BeforeAll
  void start() {
    fake = FakePatchwork.start();
  }

  @AfterAll
  void stop() {
    fake.close();
  }

  /** The recorded 1.3 body with links moved to another version prefix (comments/checks stay unversioned). */
  private JsonNode recorded(String exchange, String version) {
    String text = Fixtures.exchange(exchange).body()
        .replace(Replay.RECORDED_HOST + "/api/1.3/", fake.baseUrl() + "/api/" + version + "/")
        .replace(Replay.RECORDED_HOST, fake.baseUrl().toString());
    try {
      return Replay.MAPPER.readTree(text);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void remove(JsonNode node, List<String> keys) {
    if (node instanceof ObjectNode o) {
      o.remove(keys);
    }
  }

  @Test
  void api10PatchLacksEveryKeyAddedLater() {
    ObjectNode want = (ObjectNode) recorded("v1.3/024-patch-related", "1.0");
    remove(want, List.of("web_url", "comments", "list_archive_url", "related"));
    remove(want.get("project"), List.of("list_archive_url", "list_archive_url_format", "commit_url_format"));
    want.get("series").forEach(s -> remove(s, List.of("web_url")));
    assertThat(Http.anonymous(fake).json("/api/1.0/patches/622/")).isEqualTo(want);
  }

  @Test
  void api11PatchHasWebUrlAndCommentsButNoArchiveLinksOrRelations() {
    ObjectNode want = (ObjectNode) recorded("v1.3/024-patch-related", "1.1");
    remove(want, List.of("list_archive_url", "related"));
    remove(want.get("project"), List.of("list_archive_url", "list_archive_url_format", "commit_url_format"));
    assertThat(Http.anonymous(fake).json("/api/1.1/patches/622/")).isEqualTo(want);
  }

  @Test
  void api10CoverLacksWebUrlMboxAndComments() {
    ObjectNode want = (ObjectNode) recorded("v1.3/031-cover-1", "1.0");
    remove(want, List.of("web_url", "mbox", "comments", "list_archive_url"));
    remove(want.get("project"), List.of("list_archive_url", "list_archive_url_format", "commit_url_format"));
    want.get("series").forEach(s -> remove(s, List.of("web_url")));
    assertThat(Http.anonymous(fake).json("/api/1.0/covers/1/")).isEqualTo(want);
  }

  @Test
  void api10ProjectLacksSubjectMatchAndArchiveFormats() {
    ObjectNode want = (ObjectNode) recorded("v1.3/003-project-by-id", "1.0");
    remove(want, List.of("subject_match", "list_archive_url", "list_archive_url_format", "commit_url_format"));
    assertThat(Http.anonymous(fake).json("/api/1.0/projects/1/")).isEqualTo(want);
  }

  @Test
  void api11CommentsHaveNeitherUrlNorAddressed() {
    ArrayNode want = (ArrayNode) recorded("v1.3/028-patch-comments", "1.1");
    want.forEach(c -> remove(c, List.of("url", "addressed", "list_archive_url")));
    assertThat(Http.anonymous(fake).json("/api/1.1/patches/623/comments/")).isEqualTo(want);
    assertThat(Http.anonymous(fake).get("/api/1.2/patches/623/comments/60/").statusCode()).isEqualTo(404);
  }

  @Test
  void api11EventsKeepTheActorAndHideCommentEvents() {
    JsonNode events = Http.anonymous(fake).json("/api/1.1/events/?per_page=250");
    assertThat(events).isNotEmpty();
    events.forEach(e -> {
      assertThat(e.has("actor")).isTrue();
      assertThat(e.get("category").asText()).doesNotEndWith("comment-created");
    });
  }

  @Test
  void aServerTopsOutAtItsNewestVersion() {
    try (FakePatchwork older = FakePatchwork.builder().maxApiVersion(ApiVersion.V1_2).start()) {
      assertThat(Http.anonymous(older).get("/api/1.3/").statusCode()).isEqualTo(404);
      assertThat(Http.anonymous(older).get("/api/1.2/").statusCode()).isEqualTo(200);
      // unversioned = newest known = 1.2: no comment url, no addressed
      JsonNode comment = Http.anonymous(older).json("/api/patches/623/comments/").get(0);
      assertThat(comment.has("url")).isFalse();
      assertThat(comment.has("addressed")).isFalse();
    }
  }

  @Test
  void api14AddsShowDependenciesAndDependencyLinksOnlyForProjectsThatShowThem() {
    try (FakePatchwork newest = FakePatchwork.builder().maxApiVersion(ApiVersion.V1_4).start()) {
      Http maint = Http.as(newest, "maint");
      assertThat(maint.get("/api/1.5/").statusCode()).isEqualTo(404);
      assertThat(maint.json("/api/1.4/projects/alpha/").get("show_dependencies").asBoolean()).isFalse();
      assertThat(maint.json("/api/1.3/projects/alpha/").has("show_dependencies")).isFalse();
      assertThat(maint.json("/api/1.4/series/1/").has("dependencies")).isFalse();
      maint.send("PATCH", "/api/1.4/projects/alpha/", "{\"show_dependencies\": true}");
      JsonNode series = maint.json("/api/1.4/series/1/");
      assertThat(series.get("dependencies").isArray()).isTrue();
      assertThat(series.get("dependents").isArray()).isTrue();
      assertThat(maint.json("/api/1.3/series/1/").has("dependencies")).isFalse();
    }
  }
}
