package io.github.patchwork4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One type reads every API version: fields newer than the answer's version are just empty. */
class VersionsTest {

  private final ObjectMapper strict = TestFixtures.strictMapper();

  /**
   * No 1.0 recording exists: the 1.0 answer is the recorded 1.3 patch without exactly the keys
   * reference §1.3 lists as added in 1.1 and 1.2 (on the patch, its embedded project and
   * series).
   */
  private static ObjectNode asApi10(JsonNode v13) {
    ObjectNode patch = v13.deepCopy();
    patch.remove(List.of("web_url", "comments", "list_archive_url", "related"));
    ((ObjectNode) patch.get("project"))
        .remove(List.of("list_archive_url", "list_archive_url_format", "commit_url_format"));
    patch.get("series").forEach(s -> ((ObjectNode) s).remove("web_url"));
    return patch;
  }

  @Test
  void samePatchThroughApi10And13DiffersOnlyInTheNewerFields() throws Exception {
    JsonNode v13json = TestFixtures.recordedBody("v1.3/024-patch-related.json");
    ObjectNode v10json = asApi10(v13json);

    Patch v13 = strict.treeToValue(v13json, Patch.class);
    Patch v10 = strict.treeToValue(v10json, Patch.class);

    assertThat(v13.webUrl()).isPresent();
    assertThat(v13.comments()).isPresent();
    assertThat(v13.listArchiveUrl()).isPresent();
    assertThat(v13.related()).isNotEmpty();

    assertThat(v10.webUrl()).isEmpty();
    assertThat(v10.comments()).isEmpty();
    assertThat(v10.listArchiveUrl()).isEmpty();
    assertThat(v10.related()).isEmpty();
    assertThat(v10.project().listArchiveUrl()).isEmpty();
    assertThat(v10.project().listArchiveUrlFormat()).isEmpty();
    assertThat(v10.project().commitUrlFormat()).isEmpty();
    assertThat(v10.series()).allMatch(s -> s.webUrl().isEmpty());

    ImmutablePatch v13WithoutNewer = ImmutablePatch.copyOf(v13)
        .withWebUrl(Optional.empty())
        .withComments(Optional.empty())
        .withListArchiveUrl(Optional.empty())
        .withRelated(List.of())
        .withProject(ImmutableProjectRef.copyOf(v13.project())
            .withListArchiveUrl(Optional.empty())
            .withListArchiveUrlFormat(Optional.empty())
            .withCommitUrlFormat(Optional.empty()))
        .withSeries(v13.series().stream()
            .map(s -> (SeriesRef) ImmutableSeriesRef.copyOf(s).withWebUrl(Optional.empty()))
            .toList());
    assertThat(v10).isEqualTo(v13WithoutNewer);
  }

  @Test
  void api10PatchWritesNoKeyOfANewerVersionExceptTheNullableOnes() throws Exception {
    ObjectNode v10json = asApi10(TestFixtures.recordedBody("v1.3/024-patch-related.json"));
    Patch v10 = strict.treeToValue(v10json, Patch.class);

    JsonNode written = io.github.patchwork4j.model.WrittenJson.of(strict, v10);

    // web_url, comments and the project's 1.2 keys stay absent; list_archive_url and related
    // are written as the 1.2+ server writes "none" (documented in PatchworkJson).
    assertThat(JsonDiff.differences(v10json, written)).containsExactlyInAnyOrder(
        "$.list_archive_url: (absent) -> null", "$.related: (absent) -> []");
  }

  @Test
  void commentWithoutThe13FieldsReadsWithEmptyUrlAndAddressed() throws Exception {
    JsonNode v12 = TestFixtures.recordedBody("v1.2/028-patch-comments.json").get(0);
    JsonNode v13 = TestFixtures.recordedBody("v1.3/028-patch-comments.json").get(0);
    assertThat(v12.has("url") || v12.has("addressed")).isFalse();

    Comment c12 = strict.treeToValue(v12, Comment.class);
    Comment c13 = strict.treeToValue(v13, Comment.class);

    assertThat(c12.url()).isEmpty();
    assertThat(c12.addressed()).isEmpty();
    assertThat(c13.url()).isPresent();
    // The rest is the same comment (the submitter's API URL carries the request's version).
    assertThat(c12.submitter().url().getPath()).startsWith("/api/1.2/");
    assertThat(ImmutableComment.copyOf(c13).withUrl(Optional.empty())
        .withAddressed(Optional.empty()).withSubmitter(c12.submitter())).isEqualTo(c12);
  }
}
