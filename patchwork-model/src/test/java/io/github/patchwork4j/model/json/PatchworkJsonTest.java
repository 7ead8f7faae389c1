package io.github.patchwork4j.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.patchwork4j.model.Check;
import io.github.patchwork4j.model.Comment;
import io.github.patchwork4j.model.Cover;
import io.github.patchwork4j.model.ImmutablePatch;
import io.github.patchwork4j.model.MailHeaders;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.Project;
import io.github.patchwork4j.model.Submitter;
import io.github.patchwork4j.model.TestFixtures;
import io.github.patchwork4j.model.User;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The mapper's reading (lenient, null = absent) and writing (as the server writes) rules. */
class PatchworkJsonTest {

  private final ObjectMapper mapper = PatchworkJson.mapper();

  @ParameterizedTest
  @ValueSource(strings = {"2026-04-21T20:20:57", "2026-11-22T23:27:40.447432",
      "2026-11-22T23:27:40.447430", "2026-11-22T23:27:40.000001", "2024-01-08T09:39:00"})
  void datesReadNaiveAndWriteBackTheSameText(String text) throws Exception {
    LocalDateTime read = mapper.readValue("\"" + text + "\"", LocalDateTime.class);
    assertThat(read).isEqualTo(LocalDateTime.parse(text));
    assertThat(mapper.writeValueAsString(read)).isEqualTo("\"" + text + "\"");
  }

  @Test
  void datesWithNanosecondsKeepThem() throws Exception {
    LocalDateTime nanos = LocalDateTime.of(2026, 1, 2, 3, 4, 5, 123_456_789);
    String written = mapper.writeValueAsString(nanos);
    assertThat(written).isEqualTo("\"2026-01-02T03:04:05.123456789\"");
    assertThat(mapper.readValue(written, LocalDateTime.class)).isEqualTo(nanos);
  }

  @Test
  void dateWithAZoneIsRejectedWithTheExpectedFormat() {
    assertThatThrownBy(() -> mapper.readValue("\"2026-04-21T20:20:57Z\"", LocalDateTime.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("2026-04-21T20:20:57Z")
        .hasMessageContaining("YYYY-MM-DDTHH:MM:SS");
    assertThatThrownBy(() -> mapper.readValue("12345", LocalDateTime.class))
        .isInstanceOf(JsonMappingException.class);
  }

  @Test
  void everyCallReturnsAnIndependentMapper() throws Exception {
    ObjectMapper mine = PatchworkJson.mapper();
    mine.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    ObjectNode json = TestFixtures.recordedBody("v1.3/043-user-other.json").deepCopy();
    json.put("avatar", "x");

    assertThatThrownBy(() -> mine.treeToValue(json, User.class))
        .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("avatar");
    assertThat(PatchworkJson.mapper().treeToValue(json, User.class).username())
        .isEqualTo(json.get("username").asText());
    assertThat(PatchworkJson.mapper()).isNotSameAs(PatchworkJson.mapper());
  }

  @Test
  void nullAndAbsentReadTheSame() throws Exception {
    ObjectNode withNulls = TestFixtures.recordedBody("v1.3/018-patch-1.json").deepCopy();
    for (String key : List.of("web_url", "comments", "list_archive_url", "delegate", "hash",
        "commit_ref", "related", "headers", "content", "diff", "prefixes", "tags")) {
      withNulls.putNull(key);
    }
    ObjectNode absent = withNulls.deepCopy();
    absent.remove(List.of("web_url", "comments", "list_archive_url", "delegate", "hash",
        "commit_ref", "related", "headers", "content", "diff", "prefixes", "tags"));

    Patch fromNulls = mapper.treeToValue(withNulls, Patch.class);
    Patch fromAbsent = mapper.treeToValue(absent, Patch.class);

    assertThat(fromNulls).isEqualTo(fromAbsent);
    assertThat(fromNulls.webUrl()).isEmpty();
    assertThat(fromNulls.delegate()).isEmpty();
    assertThat(fromNulls.related()).isEmpty();
    assertThat(fromNulls.headers()).isEqualTo(MailHeaders.empty());
    assertThat(fromNulls.prefixes()).isEmpty();
    assertThat(fromNulls.isDetail()).isFalse();
  }

  @Test
  void projectFreeTextSentAsNullReadsAsEmptyString() throws Exception {
    ObjectNode json = TestFixtures.recordedBody("v1.3/003-project-by-id.json").deepCopy();
    json.putNull("web_url");
    json.remove("scm_url");
    Project p = mapper.treeToValue(json, Project.class);
    assertThat(p.webUrl()).isEmpty();
    assertThat(p.scmUrl()).isEmpty();
    assertThat(p.webscmUrl()).isEqualTo(json.get("webscm_url").asText());
  }

  @Test
  void missingRequiredFieldIsAMappingErrorNamingIt() {
    ObjectNode json = TestFixtures.recordedBody("v1.3/018-patch-1.json").deepCopy();
    json.remove("msgid");
    assertThatThrownBy(() -> mapper.treeToValue(json, Patch.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("msgid");
  }

  @Test
  void listViewPatchWritesNoDetailKeysAndDetailViewWritesAllFour() throws Exception {
    JsonNode listItem = TestFixtures.recordedBody("v1.3/005-patches-alpha-page-1.json").get(0);
    Patch fromList = mapper.treeToValue(listItem, Patch.class);
    assertThat(listItem.has("headers")).isFalse();
    assertThat(fromList.isDetail()).isFalse();
    JsonNode written = io.github.patchwork4j.model.WrittenJson.of(mapper, fromList);
    assertThat(written).isEqualTo(listItem);

    // A pull request's detail view: content set, diff null, all four keys written.
    JsonNode pullRequest = TestFixtures.recordedBody("v1.3/021-patch-pull-request.json");
    assertThat(pullRequest.get("diff").isNull()).isTrue();
    Patch pr = mapper.treeToValue(pullRequest, Patch.class);
    assertThat(pr.pullUrl()).contains(pullRequest.get("pull_url").asText());
    assertThat(pr.hash()).isEmpty();
    assertThat(io.github.patchwork4j.model.WrittenJson.of(mapper, pr)).isEqualTo(pullRequest);
  }

  @Test
  void emptyOptionalsAreNullOrOmittedByTheDocumentedRule() throws Exception {
    Patch patch = mapper.treeToValue(TestFixtures.recordedBody("v1.3/022-patch-delegated.json"),
        Patch.class);
    assertThat(patch.delegate()).isPresent();
    Patch cleared = ImmutablePatch.copyOf(patch).withDelegate(Optional.empty())
        .withWebUrl(Optional.empty()).withComments(Optional.empty());

    JsonNode written = io.github.patchwork4j.model.WrittenJson.of(mapper, cleared);

    assertThat(written.has("delegate")).isTrue();
    assertThat(written.get("delegate").isNull()).isTrue();
    assertThat(written.has("web_url")).isFalse();
    assertThat(written.has("comments")).isFalse();
    assertThat(mapper.treeToValue(written, Patch.class)).isEqualTo(cleared);
  }

  @Test
  void coverListItemAndDetailWriteBackAsTheServerSentThem() throws Exception {
    JsonNode item = TestFixtures.recordedBody("v1.3/030-covers.json").get(0);
    JsonNode detail = TestFixtures.recordedBody("v1.3/031-cover-1.json");
    Cover fromItem = mapper.treeToValue(item, Cover.class);
    Cover fromDetail = mapper.treeToValue(detail, Cover.class);
    assertThat(fromItem.isDetail()).isFalse();
    assertThat(fromDetail.isDetail()).isTrue();
    assertThat(io.github.patchwork4j.model.WrittenJson.of(mapper, fromItem)).isEqualTo(item);
    assertThat(io.github.patchwork4j.model.WrittenJson.of(mapper, fromDetail)).isEqualTo(detail);
  }

  @Test
  void personFromPeopleKeepsItsLinkedAccount() throws Exception {
    JsonNode json = TestFixtures.recordedBody("v1.3/040-person.json");
    Submitter person = mapper.treeToValue(json, Submitter.class);
    assertThat(person.user().map(User::username)).contains(json.at("/user/username").asText());
    assertThat(io.github.patchwork4j.model.WrittenJson.of(mapper, person)).isEqualTo(json);
  }

  @Test
  void checkWithoutTargetUrlOrDescriptionWritesThemAsNull() throws Exception {
    JsonNode json = TestFixtures.recordedBody("writes/010-check-create-minimal.json");
    Check check = mapper.treeToValue(json, Check.class);
    assertThat(json.get("target_url").isNull()).isTrue();
    assertThat(check.targetUrl()).isEmpty();
    assertThat(check.description()).isEmpty();
    assertThat(check.context()).isEqualTo(json.get("context").asText());
    assertThat(io.github.patchwork4j.model.WrittenJson.of(mapper, check)).isEqualTo(json);
  }

  @Test
  void commentAddressedIsReadFromApi13() throws Exception {
    JsonNode json = TestFixtures.recordedBody("writes/019-comment-addressed.json");
    Comment comment = mapper.treeToValue(json, Comment.class);
    assertThat(comment.addressed()).contains(json.get("addressed").asBoolean());
    assertThat(comment.url()).isPresent();
  }
}
