package io.github.patchwork4j.client;

import static io.github.patchwork4j.client.testing.Json.ids;
import static io.github.patchwork4j.client.testing.Json.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.patchwork4j.client.testing.Prefix;
import io.github.patchwork4j.client.testing.RecordedServer.Recording;
import io.github.patchwork4j.client.testing.RecordingTest;
import io.github.patchwork4j.model.Check;
import io.github.patchwork4j.model.CheckState;
import io.github.patchwork4j.model.Comment;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Comments and checks read through the client from the recordings of each prefix. */
class CommentAndCheckReadTest extends RecordingTest {

  @ParameterizedTest
  @EnumSource(Prefix.class)
  void listsCommentsOfPatchesAndCovers(Prefix prefix) {
    Recording onPatch = stubList(prefix.rec("patch-comments"));
    Recording onCover = stubList(prefix.rec("cover-comments"));
    try (PatchworkClient pw = prefix.client(server)) {
      List<Comment> patchComments = pw.comments().listForPatch(623).toList().join();
      List<Comment> coverComments = pw.comments().listForCover(76).toList().join();

      assertThat(patchComments).extracting(Comment::id).containsExactlyElementsOf(ids(onPatch.json()));
      assertThat(patchComments.get(0).subject()).isEqualTo(text(onPatch.json().get(0), "subject"));
      assertThat(coverComments).extracting(Comment::id).containsExactlyElementsOf(ids(onCover.json()));
    }
  }

  @ParameterizedTest
  @EnumSource(value = Prefix.class, names = {"V1_3", "UNVERSIONED"})
  void readsSingleCommentsFromApi13(Prefix prefix) {
    JsonNode onPatch = server.stub(prefix.rec("patch-comment-detail")).json();
    JsonNode onCover = server.stub(prefix.rec("cover-comment-detail")).json();
    try (PatchworkClient pw = prefix.client(server)) {
      Comment p = pw.comments().getForPatch(623, onPatch.get("id").asLong()).join();
      Comment c = pw.comments().getForCover(76, onCover.get("id").asLong()).join();

      assertThat(p.id()).isEqualTo(onPatch.get("id").asInt());
      assertThat(p.msgid()).isEqualTo(text(onPatch, "msgid"));
      assertThat(p.addressed().orElse(null))
          .isEqualTo(onPatch.get("addressed").isNull() ? null : onPatch.get("addressed").asBoolean());
      assertThat(c.subject()).isEqualTo(text(onCover, "subject"));
      assertThat(c.url()).isPresent();
    }
  }

  @ParameterizedTest
  @EnumSource(Prefix.class)
  void readsChecks(Prefix prefix) {
    Recording all = stubList(prefix.rec("patch-checks"));
    Recording successOnly = stubList(prefix.rec("patch-checks-state-success"));
    JsonNode detail = server.stub(prefix.rec("patch-check-detail")).json();
    try (PatchworkClient pw = prefix.client(server)) {
      List<Check> checks = pw.checks().list(643).toList().join();
      List<Check> successes =
          pw.checks().list(643, CheckQuery.builder().state(CheckState.SUCCESS).build()).toList().join();
      Check one = pw.checks().get(643, detail.get("id").asLong()).join();

      assertThat(checks).extracting(Check::id).containsExactlyElementsOf(ids(all.json()));
      assertThat(successes).extracting(Check::id).containsExactlyElementsOf(ids(successOnly.json()));
      assertThat(successes).allSatisfy(c -> assertThat(c.state()).isEqualTo(CheckState.SUCCESS));
      assertThat(one.context()).isEqualTo(text(detail, "context"));
      assertThat(one.state()).isEqualTo(CheckState.of(text(detail, "state")));
      assertThat(one.targetUrl().orElse(null)).isEqualTo(text(detail, "target_url"));
      assertThat(one.user().username()).isEqualTo(text(detail.get("user"), "username"));
    }
  }
}
