package io.github.patchwork4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three patchwork.ozlabs.org captures decode field by field into Patch, Patch, Series, and
 * write back to the identical JSON tree. Expected values are read from the captured JSON.
 */
class SeedsTest {

  private final ObjectMapper strict = TestFixtures.strictMapper();

  @ParameterizedTest
  @ValueSource(strings = {"000_7151df8b5738894d.txt", "001_15451f3de9eb6f78.txt"})
  void patchCaptureDecodesEveryFieldFamily(String seed) throws IOException {
    JsonNode json = TestFixtures.seedBody(seed);
    Patch p = strict.treeToValue(json, Patch.class);

    assertThat(p.id()).isEqualTo(json.get("id").asInt());
    assertThat(p.url()).isEqualTo(URI.create(json.get("url").asText()));
    assertThat(p.webUrl()).contains(URI.create(json.get("web_url").asText()));
    assertThat(p.msgid()).isEqualTo(json.get("msgid").asText()).startsWith("<").endsWith(">");
    assertThat(p.name()).isEqualTo(json.get("name").asText());
    assertThat(p.state()).isEqualTo(PatchState.of(json.get("state").asText()));
    assertThat(p.state().isKnown()).isTrue();
    assertThat(p.archived()).isEqualTo(json.get("archived").asBoolean());
    assertThat(p.hash()).contains(json.get("hash").asText());
    assertThat(p.check()).isEqualTo(CheckState.of(json.get("check").asText()));
    assertThat(p.checks()).isEqualTo(URI.create(json.get("checks").asText()));
    assertThat(p.comments()).contains(URI.create(json.get("comments").asText()));
    assertThat(p.mbox()).isEqualTo(URI.create(json.get("mbox").asText()));
    // The server's nulls and always-empty values.
    assertThat(json.get("delegate").isNull()).isTrue();
    assertThat(p.delegate()).isEmpty();
    assertThat(json.get("commit_ref").isNull() && json.get("pull_url").isNull()).isTrue();
    assertThat(p.commitRef()).isEmpty();
    assertThat(p.pullUrl()).isEmpty();
    assertThat(json.get("list_archive_url").isNull()).isTrue();
    assertThat(p.listArchiveUrl()).isEmpty();
    assertThat(json.get("tags").isEmpty()).isTrue();
    assertThat(p.tags()).isEmpty();
    assertThat(p.related()).hasSize(json.get("related").size());

    assertProject(p.project(), json.get("project"));
    assertSubmitter(p.submitter(), json.get("submitter"));

    // series: a list of 0 or 1 embedded series
    assertThat(p.series()).hasSize(1);
    SeriesRef s = p.series().get(0);
    JsonNode sj = json.get("series").get(0);
    assertThat(s.id()).isEqualTo(sj.get("id").asInt());
    assertThat(s.url()).isEqualTo(URI.create(sj.get("url").asText()));
    assertThat(s.webUrl()).contains(URI.create(sj.get("web_url").asText()));
    assertThat(s.name()).contains(sj.get("name").asText());
    assertThat(s.version()).isEqualTo(sj.get("version").asInt());
    assertThat(s.mbox()).isEqualTo(URI.create(sj.get("mbox").asText()));
    assertThat(s.date()).isEqualTo(LocalDateTime.parse(sj.get("date").asText()));

    // dates: naive, no zone, seconds precision here
    assertThat(p.date()).isEqualTo(LocalDateTime.parse(json.get("date").asText()));

    // headers: strings and arrays, mail order, case-insensitive lookup
    JsonNode hj = json.get("headers");
    assertThat(p.headers().names()).containsExactlyElementsOf(fieldNames(hj));
    assertThat(hj.get("Received").isArray()).isTrue();
    assertThat(p.headers().all("received")).containsExactlyElementsOf(texts(hj.get("Received")));
    assertThat(p.headers().all("Received")).hasSizeGreaterThan(1);
    assertThat(p.headers().first("SUBJECT")).contains(hj.get("Subject").asText());
    assertThat(p.headers().all("From")).containsExactly(hj.get("From").asText());
    for (String name : fieldNames(hj)) {
      JsonNode v = hj.get(name);
      assertThat(p.headers().asMap().get(name)).as(name)
          .containsExactlyElementsOf(v.isArray() ? texts(v) : List.of(v.asText()));
    }

    // detail-only fields
    assertThat(p.isDetail()).isTrue();
    assertThat(p.prefixes()).containsExactlyElementsOf(texts(json.get("prefixes")));
    assertThat(p.diff()).contains(json.get("diff").asText());
    assertThat(p.diff().orElseThrow()).startsWith("diff --git ");
    assertThat(p.content()).contains(json.get("content").asText());

    assertWritesBackIdentically(p, json);
  }

  @ParameterizedTest
  @ValueSource(strings = {"002_ab6d2813615b92f4.txt"})
  void seriesCaptureDecodesEveryFieldFamily(String seed) throws IOException {
    JsonNode json = TestFixtures.seedBody(seed);
    Series s = strict.treeToValue(json, Series.class);

    assertThat(s.id()).isEqualTo(json.get("id").asInt());
    assertThat(s.url()).isEqualTo(URI.create(json.get("url").asText()));
    assertThat(s.webUrl()).contains(URI.create(json.get("web_url").asText()));
    assertThat(s.name()).contains(json.get("name").asText());
    assertThat(s.date()).isEqualTo(LocalDateTime.parse(json.get("date").asText()));
    assertThat(s.version()).isEqualTo(json.get("version").asInt());
    assertThat(s.total()).isEqualTo(json.get("total").asInt());
    assertThat(s.receivedTotal()).isEqualTo(json.get("received_total").asInt());
    assertThat(s.receivedAll()).isEqualTo(json.get("received_all").asBoolean());
    assertThat(s.mbox()).isEqualTo(URI.create(json.get("mbox").asText()));
    assertThat(s.dependencies()).isEmpty();
    assertThat(s.dependents()).isEmpty();
    assertProject(s.project(), json.get("project"));
    assertSubmitter(s.submitter(), json.get("submitter"));

    JsonNode cj = json.get("cover_letter");
    CoverRef c = s.coverLetter().orElseThrow();
    assertThat(c.id()).isEqualTo(cj.get("id").asInt());
    assertThat(c.msgid()).isEqualTo(cj.get("msgid").asText());
    assertThat(c.name()).isEqualTo(cj.get("name").asText());
    assertThat(c.listArchiveUrl()).isEmpty();
    assertThat(c.mbox()).contains(URI.create(cj.get("mbox").asText()));
    assertThat(c.date()).isEqualTo(LocalDateTime.parse(cj.get("date").asText()));

    JsonNode pj = json.get("patches");
    assertThat(s.patches()).hasSize(pj.size());
    for (int i = 0; i < pj.size(); i++) {
      PatchRef p = s.patches().get(i);
      assertThat(p.id()).isEqualTo(pj.get(i).get("id").asInt());
      assertThat(p.name()).isEqualTo(pj.get(i).get("name").asText());
      assertThat(p.msgid()).isEqualTo(pj.get(i).get("msgid").asText());
      assertThat(p.webUrl()).contains(URI.create(pj.get(i).get("web_url").asText()));
      assertThat(p.date()).isEqualTo(LocalDateTime.parse(pj.get(i).get("date").asText()));
    }

    assertWritesBackIdentically(s, json);
  }

  private void assertProject(ProjectRef project, JsonNode pj) {
    assertThat(project.id()).isEqualTo(pj.get("id").asInt());
    assertThat(project.url()).isEqualTo(URI.create(pj.get("url").asText()));
    assertThat(project.name()).isEqualTo(pj.get("name").asText());
    assertThat(project.linkName()).isEqualTo(pj.get("link_name").asText());
    assertThat(project.listId()).isEqualTo(pj.get("list_id").asText());
    assertThat(project.listEmail()).isEqualTo(pj.get("list_email").asText());
    // The capture's project has blank free-text fields: empty strings, not null.
    assertThat(pj.get("web_url").asText()).isEmpty();
    assertThat(project.webUrl()).isEqualTo(pj.get("web_url").asText());
    assertThat(project.scmUrl()).isEqualTo(pj.get("scm_url").asText());
    assertThat(project.webscmUrl()).isEqualTo(pj.get("webscm_url").asText());
    assertThat(project.listArchiveUrl()).contains(pj.get("list_archive_url").asText());
    assertThat(project.listArchiveUrlFormat())
        .contains(pj.get("list_archive_url_format").asText());
    assertThat(project.commitUrlFormat()).contains(pj.get("commit_url_format").asText());
  }

  private void assertSubmitter(Submitter submitter, JsonNode sj) {
    assertThat(submitter.id()).isEqualTo(sj.get("id").asInt());
    assertThat(submitter.url()).isEqualTo(URI.create(sj.get("url").asText()));
    assertThat(submitter.name()).contains(sj.get("name").asText());
    assertThat(submitter.email()).isEqualTo(sj.get("email").asText());
    assertThat(submitter.user()).isEmpty();
  }

  private void assertWritesBackIdentically(Object value, JsonNode json) throws IOException {
    String written = strict.writeValueAsString(value);
    assertThat(JsonDiff.differences(json, strict.readTree(written))).isEmpty();
    assertThat(strict.readValue(written, value.getClass().getSuperclass())).isEqualTo(value);
    // Dates are written as the server wrote them, not as "…:57.000" or "…:57Z".
    assertThat(written).contains("\"date\":\"" + json.get("date").asText() + "\"");
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
