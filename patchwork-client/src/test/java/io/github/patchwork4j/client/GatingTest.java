package io.github.patchwork4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.patchwork4j.client.error.UnsupportedFeatureException;
import io.github.patchwork4j.client.testing.RecordedServer.Recording;
import io.github.patchwork4j.client.testing.RecordingTest;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.model.EventCategory;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Features newer than the API version in use fail before anything is sent: the server would
 * ignore the filter and return everything, or answer an HTML 404 or a 405.
 */
class GatingTest extends RecordingTest {

  private PatchworkClient pinned(ApiVersion v) {
    return builder().apiVersion(v).build();
  }

  /** Plays a Patchwork 2.1 server: API 1.1 answers, 1.2 and newer are HTML 404s. */
  private void playServerAt11() {
    for (String v : new String[] {"1.4", "1.3", "1.2"}) {
      server.stub(server.recording("errors/unknown-version").withPath("/api/" + v + "/"));
    }
    Recording index = server.recording("v1.2/index");
    server.stub(index.withPath("/api/1.1/").withBody(index.bodyText().replace("/api/1.2/", "/api/1.1/")));
  }

  /** Plays a Patchwork 2.0 server: only API 1.0 answers. */
  private void playServerAt10() {
    for (String v : new String[] {"1.4", "1.3", "1.2", "1.1"}) {
      server.stub(server.recording("errors/unknown-version").withPath("/api/" + v + "/"));
    }
    Recording index = server.recording("v1.2/index");
    server.stub(index.withPath("/api/1.0/").withBody(index.bodyText().replace("/api/1.2/", "/api/1.0/")));
  }

  @Test
  void repeatedFiltersAndLookupsByNameFailOnA20Server() {
    // Patchwork 2.0 keeps one value of a repeated filter and knows people and users by id only:
    // the server would answer a wrong list, not an error.
    playServerAt10();
    try (PatchworkClient pw = builder().build()) {
      assertThatThrownBy(() -> pw.patches().list(PatchQuery.builder().project("alpha").project("beta").build())
              .stream().findFirst())
          .isInstanceOfSatisfying(UnsupportedFeatureException.class, e -> {
            assertThat(e.requiredVersion()).isEqualTo(ApiVersion.V1_1);
            assertThat(e.actualVersion()).isEqualTo(ApiVersion.V1_0);
            assertThat(e.getMessage()).contains("several values").contains("Patchwork 2.1");
          });
      assertThatThrownBy(() -> pw.blocking().events().list(EventQuery.builder().patch(1).patch(2).build()).iterator().next())
          .isInstanceOf(UnsupportedFeatureException.class);
      assertThatThrownBy(() -> pw.blocking().patches().list(PatchQuery.builder().submitter("sub@example.com").build())
              .iterator().hasNext())
          .isInstanceOfSatisfying(UnsupportedFeatureException.class,
              e -> assertThat(e.getMessage()).contains("e-mail address or user name"));
      assertThatThrownBy(() -> pw.blocking().patches().list(PatchQuery.builder().delegate("maint").build())
              .iterator().hasNext())
          .isInstanceOf(UnsupportedFeatureException.class);
      assertThatThrownBy(() -> pw.blocking().bundles().list(BundleQuery.builder().owner("maint").build())
              .iterator().hasNext())
          .isInstanceOf(UnsupportedFeatureException.class);
      assertThatThrownBy(() -> pw.blocking().checks().list(1, CheckQuery.builder().user("maint").build())
              .iterator().hasNext())
          .isInstanceOf(UnsupportedFeatureException.class);
      assertThat(server.requestUrls()).as("only negotiation")
          .allSatisfy(u -> assertThat(u).matches("/api/1\\.[0-4]/"));
    }
  }

  @Test
  void hashOnA11ServerFailsAndSendsNoListRequest() {
    playServerAt11();
    try (PatchworkClient pw = builder().build()) {
      PatchQuery byHash = PatchQuery.builder().hash("dd4ffb9ecde61acac0038fcae15daded781a531c").build();

      assertThatThrownBy(() -> pw.patches().list(byHash).stream().findFirst())
          .isInstanceOfSatisfying(UnsupportedFeatureException.class, e -> {
            assertThat(e.requiredVersion()).isEqualTo(ApiVersion.V1_2);
            assertThat(e.actualVersion()).isEqualTo(ApiVersion.V1_1);
            assertThat(e.feature()).contains("hash");
            assertThat(e.getMessage()).contains("1.2").contains("1.1").contains("Upgrade the server");
          });
      assertThat(server.requestUrls()).as("only negotiation").allSatisfy(u -> assertThat(u).doesNotContain("patches"));
    }
  }

  @Test
  void pinnedVersionsFailWithoutAnyRequest() {
    try (PatchworkClient v11 = pinned(ApiVersion.V1_1); PatchworkClient v10 = pinned(ApiVersion.V1_0)) {
      assertThatThrownBy(() -> v11.patches().list(PatchQuery.builder().hash("abc").build()).firstPage().join())
          .hasCauseInstanceOf(UnsupportedFeatureException.class)
          .hasMessageContaining("Pin apiVersion(1.2)");
      assertThatThrownBy(() -> v11.patches().list(PatchQuery.builder().msgid("<a@b>").build()).count().join())
          .hasCauseInstanceOf(UnsupportedFeatureException.class);
      assertThatThrownBy(() -> v11.events().list(EventQuery.builder().actor(2).build()).toList().join())
          .hasCauseInstanceOf(UnsupportedFeatureException.class)
          .hasMessageContaining("actor");
      assertThatThrownBy(() -> v10.comments().listForPatch(623).firstPage().join())
          .hasCauseInstanceOf(UnsupportedFeatureException.class)
          .hasMessageContaining("Comment lists");
      assertThat(server.requestUrls()).isEmpty();
    }
  }

  @Test
  void eventAndCoverQueriesTheServerWouldAnswerWronglyFailBeforeSending() {
    try (PatchworkClient v12 = pinned(ApiVersion.V1_2); PatchworkClient v11 = pinned(ApiVersion.V1_1)) {
      // Below 1.3 the server hides comment events: the filter would answer an empty list.
      assertThatThrownBy(() -> v12.blocking().events()
              .list(EventQuery.builder().category(EventCategory.PATCH_COMMENT_CREATED).build()).iterator().hasNext())
          .isInstanceOfSatisfying(UnsupportedFeatureException.class,
              e -> assertThat(e.requiredVersion()).isEqualTo(ApiVersion.V1_3));
      assertThatThrownBy(() -> v12.blocking().events()
              .list(EventQuery.builder().category(EventCategory.COVER_COMMENT_CREATED).build()).iterator().hasNext())
          .isInstanceOf(UnsupportedFeatureException.class);
      // Patchwork 2.1 drops order=date: a poller would get newest first.
      assertThatThrownBy(() -> v11.blocking().events()
              .list(EventQuery.builder().orderBy(EventQuery.Order.DATE).build()).iterator().hasNext())
          .isInstanceOfSatisfying(UnsupportedFeatureException.class, e -> {
            assertThat(e.requiredVersion()).isEqualTo(ApiVersion.V1_2);
            assertThat(e.getMessage()).contains("oldest first");
          });
      // Covers are filtered by msgid from Patchwork 3.0; 2.1 would return every cover.
      assertThatThrownBy(() -> v11.blocking().covers()
              .list(CoverQuery.builder().msgid("cover.1@example.org").build()).iterator().hasNext())
          .isInstanceOf(UnsupportedFeatureException.class);
      assertThat(server.requestUrls()).isEmpty();
    }
  }

  @Test
  void addressedCommentDetailOn12Fails() {
    try (PatchworkClient pw = pinned(ApiVersion.V1_2)) {
      assertThatThrownBy(() -> pw.blocking().comments().getForPatch(623, 60))
          .isInstanceOfSatisfying(UnsupportedFeatureException.class, e -> {
            assertThat(e.requiredVersion()).isEqualTo(ApiVersion.V1_3);
            assertThat(e.uri()).isEqualTo(URI.create(server.baseUrl() + "/api/1.2/patches/623/comments/60/"));
          });
      assertThatThrownBy(() -> pw.blocking().comments().getForCover(76, 1))
          .isInstanceOf(UnsupportedFeatureException.class);
      assertThat(server.requestUrls()).isEmpty();
    }
  }

  @Test
  void bundleWritesOn11FailAndOn12PassTheGate() {
    try (PatchworkClient v11 = pinned(ApiVersion.V1_1); PatchworkClient v12 = pinned(ApiVersion.V1_2)) {
      assertThatThrownBy(() -> v11.session().endpoint(ApiFeature.BUNDLE_WRITES, "POST", "bundles").join())
          .hasCauseInstanceOf(UnsupportedFeatureException.class)
          .hasMessageContaining("Creating, changing and deleting bundles");
      assertThat(v12.session().endpoint(ApiFeature.BUNDLE_WRITES, "POST", "bundles").join())
          .isEqualTo(URI.create(server.baseUrl() + "/api/1.2/bundles/"));
      assertThat(v11.supports(ApiFeature.BUNDLE_WRITES).join()).isFalse();
      assertThat(v12.blocking().supports(ApiFeature.BUNDLE_WRITES)).isTrue();
      assertThat(server.requestUrls()).isEmpty();
    }
  }

  @Test
  void filtersTheVersionHasAreSent() {
    Recording r = server.recording("v1.2/patches-series-filter");
    server.stub(r.withPath(r.path().replace("series=2", "series=2&hash=dd4ffb9ecde61acac0038fcae15daded781a531c")
        + "&per_page=30"));
    try (PatchworkClient pw = pinned(ApiVersion.V1_2)) {
      assertThat(pw.patches().list(PatchQuery.builder().series(2).hash("dd4ffb9ecde61acac0038fcae15daded781a531c")
          .pageSize(30).build()).firstPage().join().items()).isNotEmpty();
    }
  }
}
