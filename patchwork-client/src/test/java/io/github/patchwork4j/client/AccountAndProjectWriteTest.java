package io.github.patchwork4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.patchwork4j.client.WriteAssertions.answerAnyBody;
import static io.github.patchwork4j.client.WriteAssertions.body;
import static io.github.patchwork4j.client.WriteAssertions.onlyWrite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.patchwork4j.client.error.UnsupportedFeatureException;
import io.github.patchwork4j.client.testing.Prefix;
import io.github.patchwork4j.client.testing.RecordedServer;
import io.github.patchwork4j.client.testing.RecordedServer.Recording;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.model.CheckState;
import io.github.patchwork4j.model.Comment;
import io.github.patchwork4j.model.Project;
import io.github.patchwork4j.model.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Comment {@code addressed}, project and own-account updates. */
class AccountAndProjectWriteTest {

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

  private PatchworkClient pinned(ApiVersion version) {
    return PatchworkClient.builder().baseUrl(server.baseUrl()).token("t").apiVersion(version).build();
  }

  private JsonNode sentIn(String recording) {
    return Exchange.load(recording).requestBody();
  }

  @Test
  void marksAPatchCommentAddressed() {
    Recording r = server.stub("writes/019-comment-addressed");

    Comment c = pw.comments().updateForPatch(623, 60, CommentUpdate.builder().addressed(true).build()).join();

    LoggedRequest sent = onlyWrite(server);
    assertThat(sent.getMethod().getName()).isEqualTo("PATCH");
    assertThat(sent.getUrl()).isEqualTo(r.path());
    assertThat(body(sent)).isEqualTo(sentIn("writes/019-comment-addressed"));
    assertThat(c.id()).isEqualTo(r.json().get("id").asInt());
    assertThat(c.addressed()).contains(r.json().get("addressed").asBoolean());
  }

  @Test
  void clearsAddressedOnACoverCommentWithNull() {
    Recording r = server.recording("writes/019-comment-addressed");
    answerAnyBody(server, r.withPath("/api/1.3/covers/7/comments/60/"));

    pw.blocking().comments().updateForCover(7, 60, CommentUpdate.builder().clearAddressed().build());

    JsonNode sent = body(onlyWrite(server));
    assertThat(sent.has("addressed")).isTrue();
    assertThat(sent.get("addressed").isNull()).isTrue();
  }

  @Test
  void addressedNeedsApi13() {
    try (PatchworkClient v12 = pinned(ApiVersion.V1_2)) {
      assertThatThrownBy(() -> v12.blocking().comments()
              .updateForPatch(623, 60, CommentUpdate.builder().addressed(true).build()))
          .isInstanceOf(UnsupportedFeatureException.class)
          .satisfies(e -> assertThat(((UnsupportedFeatureException) e).requiredVersion()).isEqualTo(ApiVersion.V1_3));
      assertThatThrownBy(() -> v12.blocking().comments()
              .updateForCover(7, 60, CommentUpdate.builder().addressed(false).build()))
          .isInstanceOf(UnsupportedFeatureException.class);
    }
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aMaintainerChangesAProjectUrl() {
    Recording r = server.stub("writes/017-project-update");

    Project p = pw.projects().update(1, ProjectUpdate.builder().webUrl("https://alpha.example.net/").build()).join();

    assertThat(body(onlyWrite(server))).isEqualTo(sentIn("writes/017-project-update"));
    assertThat(p.webUrl()).isEqualTo(r.json().get("web_url").asText());
  }

  @Test
  void showDependenciesByLinkNameOnApi14() {
    try (PatchworkClient v14 = pinned(ApiVersion.V1_4)) {
      for (String name : new String[] {"v1.4-dependencies/018-project-show-dependencies-off",
          "v1.4-dependencies/020-project-show-dependencies-on"}) {
        server.wireMock().resetAll();
        Recording r = server.stub(name);
        boolean on = sentIn(name).get("show_dependencies").asBoolean();

        Project p = v14.blocking().projects().update("alpha", ProjectUpdate.builder().showDependencies(on).build());

        assertThat(body(onlyWrite(server))).isEqualTo(sentIn(name));
        assertThat(p.showDependencies()).contains(r.json().get("show_dependencies").asBoolean());
      }
    }
  }

  @Test
  void projectFieldsTheVersionLacksAreRefusedBeforeSending() {
    try (PatchworkClient v13 = pinned(ApiVersion.V1_3); PatchworkClient v11 = pinned(ApiVersion.V1_1)) {
      assertThatThrownBy(() -> v13.blocking().projects().update("alpha",
              ProjectUpdate.builder().showDependencies(true).build()))
          .isInstanceOf(UnsupportedFeatureException.class)
          .satisfies(e -> assertThat(((UnsupportedFeatureException) e).requiredVersion()).isEqualTo(ApiVersion.V1_4));
      assertThatThrownBy(() -> v11.blocking().projects().update(1,
              ProjectUpdate.builder().webUrl("w").commitUrlFormat("https://git/{}").build()))
          .isInstanceOf(UnsupportedFeatureException.class)
          .satisfies(e -> assertThat(((UnsupportedFeatureException) e).requiredVersion()).isEqualTo(ApiVersion.V1_2));
    }
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void updatesOwnNamesAndSettings() {
    Recording r = server.stub("writes/018-user-update-self");
    JsonNode sentBody = sentIn("writes/018-user-update-self");

    User me = pw.users().update(2, UserUpdate.builder()
        .firstName(sentBody.get("first_name").asText())
        .itemsPerPage(sentBody.get("settings").get("items_per_page").asInt())
        .build()).join();

    assertThat(body(onlyWrite(server))).isEqualTo(sentBody);
    assertThat(me.firstName()).isEqualTo(r.json().get("first_name").asText());
    assertThat(me.settings()).hasValueSatisfying(s -> assertThat(s.itemsPerPage())
        .isEqualTo(r.json().get("settings").get("items_per_page").asInt()));
  }

  @Test
  void settingsNeedApi12() {
    try (PatchworkClient v11 = pinned(ApiVersion.V1_1)) {
      assertThatThrownBy(() -> v11.blocking().users().update(2, UserUpdate.builder().showIds(true).build()))
          .isInstanceOf(UnsupportedFeatureException.class);
    }
    assertThat(server.requests()).isEmpty();
  }
}
