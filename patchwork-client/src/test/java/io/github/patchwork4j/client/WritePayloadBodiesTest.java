package io.github.patchwork4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.model.CheckState;
import io.github.patchwork4j.model.PatchState;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each payload's JSON body against the body a real server was sent in {@code
 * fixtures/recordings/writes/} and {@code errors/}. Bodies are compared as JSON trees, where an
 * absent key and a {@code null} value are different.
 */
class WritePayloadBodiesTest {

  private static JsonNode sent(Object payloadBody) {
    return Exchange.tree(payloadBody.toString());
  }

  private static JsonNode recorded(String name) {
    return Exchange.load(name).requestBody();
  }

  @Nested
  class Patches {

    @Test
    void stateIsSentAsItsSlug() {
      PatchUpdate update = PatchUpdate.builder().state(PatchState.of("under-review")).build();
      assertThat(sent(update.body())).isEqualTo(recorded("writes/001-patch-set-state"));
    }

    @Test
    void stateGivenByNameIsSentAsTheSlugTheServerAnswers() {
      Exchange byName = Exchange.load("writes/002-patch-set-state-by-name");
      PatchState state = PatchState.of(byName.requestBody().get("state").asText());

      PatchUpdate update = PatchUpdate.builder().state(state).build();

      // The server turned the name into the slug it answers with; the client sends that slug.
      JsonNode body = sent(update.body());
      assertThat(body.get("state").isTextual()).isTrue();
      assertThat(body.get("state").asText()).isEqualTo(byName.responseBody().get("state").asText());
      assertThat(body.size()).isEqualTo(1);
    }

    @Test
    void delegateIsAUserId() {
      PatchUpdate update = PatchUpdate.builder().delegate(2).build();
      assertThat(sent(update.body())).isEqualTo(recorded("writes/003-patch-set-delegate"));
    }

    @Test
    void clearDelegateSendsNullNotAbsence() {
      PatchUpdate cleared = PatchUpdate.builder().clearDelegate().build();
      JsonNode expected = recorded("writes/004-patch-clear-delegate");

      assertThat(sent(cleared.body())).isEqualTo(expected);
      assertThat(sent(cleared.body()).has("delegate")).isTrue();
      // Untouched is a different body: the delegate key is absent.
      PatchUpdate untouched = PatchUpdate.builder().archived(false).build();
      assertThat(sent(untouched.body()).has("delegate")).isFalse();
    }

    @Test
    void archiveSetCommitRefAndClearPullUrl() {
      PatchUpdate update =
          PatchUpdate.builder().archived(true).commitRef("0123abcd").clearPullUrl().build();
      assertThat(sent(update.body())).isEqualTo(recorded("writes/005-patch-archive-commit-ref"));
    }

    @Test
    void relatedListsPatchIds() {
      PatchUpdate update = PatchUpdate.builder().related(5, 6).build();
      assertThat(sent(update.body())).isEqualTo(recorded("writes/007-patch-relate"));
      assertThat(PatchUpdate.builder().related(List.of(5L, 6L)).build()).isEqualTo(update);
    }

    @Test
    void emptyRelatedRemovesThePatchFromItsRelation() {
      PatchUpdate update = PatchUpdate.builder().related().build();
      assertThat(sent(update.body())).isEqualTo(recorded("writes/008-patch-unrelate"));
    }

    @Test
    void relatedNeedsApi12AndOtherFieldsDoNot() {
      PatchUpdate related = PatchUpdate.builder().state(PatchState.of("new")).related(5).build();
      assertThat(related.body().features()).containsExactly(ApiFeature.PATCH_RELATIONS);
      assertThat(ApiFeature.PATCH_RELATIONS.since()).isEqualTo(ApiVersion.V1_2);
      PatchUpdate plain = PatchUpdate.builder().state(PatchState.of("new")).clearDelegate().build();
      assertThat(plain.body().features()).isEmpty();
    }

    @Test
    void bodiesOfErrorRecordingsAreWhatTheClientSends() {
      // The server's 400s in errors/ answer bodies this client can produce.
      assertThat(sent(PatchUpdate.builder().state(PatchState.of("bogus")).build().body()))
          .isEqualTo(recorded("errors/014-patch-invalid-state"));
      assertThat(sent(PatchUpdate.builder().delegate(5).build().body()))
          .isEqualTo(recorded("errors/016-patch-delegate-not-maintainer"));
      assertThat(sent(PatchUpdate.builder().delegate(99999).build().body()))
          .isEqualTo(recorded("errors/017-patch-delegate-unknown"));
    }

    @Test
    void lastCallForAFieldWins() {
      PatchUpdate update = PatchUpdate.builder().delegate(2).clearDelegate().build();
      assertThat(sent(update.body())).isEqualTo(recorded("writes/004-patch-clear-delegate"));
    }

    @Test
    void refusesAnEmptyUpdate() {
      assertThatThrownBy(() -> PatchUpdate.builder().build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("empty")
          .hasMessageContaining("state");
    }

    @Test
    void refusesValuesTheServerWouldRefuse() {
      assertThatThrownBy(() -> PatchUpdate.builder().delegate(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("clearDelegate()");
      assertThatThrownBy(() -> PatchUpdate.builder().commitRef("a".repeat(256)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("255");
      assertThatThrownBy(() -> PatchUpdate.builder().pullUrl(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("clearPullUrl()");
      assertThatThrownBy(() -> PatchUpdate.builder().state(null))
          .hasMessageContaining("cannot be cleared");
      assertThatThrownBy(() -> PatchUpdate.builder().related(3, -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("-1");
    }
  }

  @Nested
  class Checks {

    @Test
    void fullCheck() {
      NewCheck check =
          NewCheck.builder()
              .state(CheckState.of("success"))
              .context("ci-build")
              .targetUrl("https://ci.example.org/1")
              .description("build ok")
              .build();
      assertThat(sent(check.body())).isEqualTo(recorded("writes/009-check-create"));
    }

    @Test
    void minimalCheckSendsOnlyItsState() {
      Exchange minimal = Exchange.load("writes/010-check-create-minimal");
      NewCheck check = NewCheck.builder().state(CheckState.of("pending")).build();

      assertThat(sent(check.body())).isEqualTo(minimal.requestBody());
      // The server fills in the context the client reports as the default.
      assertThat(check.context()).isEqualTo(minimal.responseBody().get("context").asText());
      assertThat(check.targetUrl()).isEmpty();
      assertThat(check.description()).isEmpty();
    }

    @Test
    void neverSendsAUser() {
      NewCheck check =
          NewCheck.builder()
              .state(CheckState.of("fail"))
              .context("x")
              .targetUrl("http://ci.example.org/")
              .description("d")
              .build();
      assertThat(sent(check.body()).has("user")).isFalse();
    }

    @Test
    void refusesTheContextTheServerRefuses() {
      String context = recorded("errors/021-check-bad-context").get("context").asText();
      assertThatThrownBy(() -> NewCheck.builder().context(context))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("slug")
          .hasMessageContaining(context);
      assertThatThrownBy(() -> NewCheck.builder().context("a".repeat(256)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("255");
      assertThat(NewCheck.builder().state(CheckState.of("success")).context("a".repeat(255)).build()
              .context())
          .hasSize(255);
      assertThatThrownBy(() -> NewCheck.builder().context(""))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTheTargetUrlTheServerRefuses() {
      String url = recorded("errors/022-check-bad-url").get("target_url").asText();
      assertThatThrownBy(() -> NewCheck.builder().targetUrl(url))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("targetUrl");
      String longUrl = "https://ci.example.org/" + "a".repeat(200 - 23 + 1);
      assertThat(longUrl).hasSize(201);
      assertThatThrownBy(() -> NewCheck.builder().targetUrl(longUrl))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("200");
      assertThat(NewCheck.builder().targetUrl(longUrl.substring(0, 200))).isNotNull();
      assertThatThrownBy(() -> NewCheck.builder().targetUrl("/relative/job/1"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("absolute");
      assertThatThrownBy(() -> NewCheck.builder().targetUrl("ftp://ci.example.org/1"))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAMissingOrUnknownState() {
      // errors/019 and errors/020: the server answers 400; the client refuses before sending.
      assertThat(recorded("errors/019-check-missing-state").has("state")).isFalse();
      assertThatThrownBy(() -> NewCheck.builder().context("x").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("state");
      String state = recorded("errors/020-check-bad-state").get("state").asText();
      assertThatThrownBy(() -> NewCheck.builder().state(CheckState.of(state)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(state);
    }
  }

  @Nested
  class Bundles {

    @Test
    void newBundle() {
      NewBundle bundle = NewBundle.builder().name("recorded").patches(3, 4).isPublic(true).build();
      assertThat(sent(bundle.body())).isEqualTo(recorded("writes/013-bundle-create"));
    }

    @Test
    void newBundleLeavesVisibilityToTheServerUnlessTold() {
      NewBundle bundle = NewBundle.builder().name("b").patches(List.of(7L)).build();
      assertThat(sent(bundle.body()).has("public")).isFalse();
      assertThat(bundle.isPublic()).isEmpty();
    }

    @Test
    void renameAndReplacePatchesKeepsTheGivenOrder() {
      BundleUpdate update = BundleUpdate.builder().name("recorded-2").patches(5, 3).build();
      assertThat(sent(update.body()))
          .isEqualTo(recorded("writes/014-bundle-rename-replace-patches"));
      assertThat(sent(BundleUpdate.builder().name("recorded-2").patches(3, 5).build().body()))
          .isNotEqualTo(recorded("writes/014-bundle-rename-replace-patches"));
    }

    @Test
    void visibilityOnly() {
      BundleUpdate update = BundleUpdate.builder().isPublic(false).build();
      assertThat(sent(update.body())).isEqualTo(recorded("writes/015-bundle-other-user-patch"));
    }

    @Test
    void refusesAnEmptyBundle() {
      // errors/025: the server answers 400 "Bundles cannot be empty".
      assertThat(recorded("errors/025-bundle-empty").get("patches").size()).isZero();
      assertThatThrownBy(() -> NewBundle.builder().patches(List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("empty");
      assertThatThrownBy(() -> BundleUpdate.builder().patches())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("empty");
      assertThatThrownBy(() -> NewBundle.builder().name("x").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("patches");
    }

    @Test
    void refusesBadNamesAndRepeatedPatches() {
      assertThatThrownBy(() -> NewBundle.builder().name(""))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> NewBundle.builder().name("   "))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> BundleUpdate.builder().name("n".repeat(51)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("50");
      assertThat(NewBundle.builder().name("n".repeat(50)).patches(1).build().name()).hasSize(50);
      assertThatThrownBy(() -> NewBundle.builder().patches(3, 4, 3))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("twice");
      assertThatThrownBy(() -> NewBundle.builder().patches(1).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("name");
      assertThatThrownBy(() -> BundleUpdate.builder().build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("empty");
    }
  }

  @Nested
  class Projects {

    @Test
    void onlyTheTouchedUrl() {
      ProjectUpdate update = ProjectUpdate.builder().webUrl("https://alpha.example.net/").build();
      assertThat(sent(update.body())).isEqualTo(recorded("writes/017-project-update"));
      assertThat(update.body().features()).isEmpty();
    }

    @Test
    void emptyStringBlanksAFieldAndNullIsRefused() {
      ProjectUpdate update = ProjectUpdate.builder().scmUrl("").build();
      assertThat(sent(update.body()).get("scm_url").asText()).isEmpty();
      assertThatThrownBy(() -> ProjectUpdate.builder().scmUrl(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("\"\"");
      assertThatThrownBy(() -> ProjectUpdate.builder().webUrl("u".repeat(2001)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2000");
    }

    @Test
    void newerFieldsCarryTheirVersion() {
      ProjectUpdate archive =
          ProjectUpdate.builder()
              .webUrl("w")
              .listArchiveUrl("a")
              .listArchiveUrlFormat("f/{}")
              .commitUrlFormat("c/{}")
              .build();
      assertThat(archive.body().features()).containsExactly(ApiFeature.PROJECT_ARCHIVE_FIELDS);
      assertThat(ApiFeature.PROJECT_ARCHIVE_FIELDS.since()).isEqualTo(ApiVersion.V1_2);

      ProjectUpdate deps = ProjectUpdate.builder().showDependencies(true).build();
      assertThat(sent(deps.body())).isEqualTo(Exchange.tree("{\"show_dependencies\":true}"));
      assertThat(deps.body().features()).containsExactly(ApiFeature.PROJECT_SHOW_DEPENDENCIES);
      assertThat(ApiFeature.PROJECT_SHOW_DEPENDENCIES.since()).isEqualTo(ApiVersion.V1_4);
    }

    @Test
    void refusesAnEmptyUpdate() {
      assertThatThrownBy(() -> ProjectUpdate.builder().build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("empty");
    }
  }

  @Nested
  class Users {

    @Test
    void namesAndPartialSettings() {
      UserUpdate update = UserUpdate.builder().firstName("Mai").itemsPerPage(50).build();
      assertThat(sent(update.body())).isEqualTo(recorded("writes/018-user-update-self"));
      assertThat(update.body().features()).containsExactly(ApiFeature.USER_SETTINGS);
    }

    @Test
    void namesAloneWorkOnEveryVersion() {
      UserUpdate update = UserUpdate.builder().lastName("").build();
      assertThat(sent(update.body())).isEqualTo(Exchange.tree("{\"last_name\":\"\"}"));
      assertThat(update.body().features()).isEmpty();
    }

    @Test
    void everySetting() {
      UserUpdate update =
          UserUpdate.builder().sendEmail(true).itemsPerPage(100).showIds(false).build();
      assertThat(sent(update.body()))
          .isEqualTo(
              Exchange.tree(
                  "{\"settings\":{\"send_email\":true,\"items_per_page\":100,\"show_ids\":false}}"));
    }

    @Test
    void refusesBadInput() {
      assertThatThrownBy(() -> UserUpdate.builder().itemsPerPage(0))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> UserUpdate.builder().build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("empty");
    }
  }

  @Nested
  class Comments {

    @Test
    void addressed() {
      CommentUpdate update = CommentUpdate.builder().addressed(true).build();
      assertThat(sent(update.body())).isEqualTo(recorded("writes/019-comment-addressed"));
    }

    @Test
    void notAddressedAndClearedDiffer() {
      JsonNode no = sent(CommentUpdate.builder().addressed(false).build().body());
      JsonNode cleared = sent(CommentUpdate.builder().clearAddressed().build().body());
      assertThat(no.get("addressed").isBoolean()).isTrue();
      assertThat(no.get("addressed").asBoolean()).isFalse();
      assertThat(cleared.get("addressed").isNull()).isTrue();
      assertThat(no).isNotEqualTo(cleared);
      assertThatThrownBy(() -> CommentUpdate.builder().build())
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
