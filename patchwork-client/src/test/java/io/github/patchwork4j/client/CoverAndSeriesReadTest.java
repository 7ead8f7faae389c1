package io.github.patchwork4j.client;

import static io.github.patchwork4j.client.testing.Json.ids;
import static io.github.patchwork4j.client.testing.Json.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.patchwork4j.client.testing.Prefix;
import io.github.patchwork4j.client.testing.RecordedServer.Recording;
import io.github.patchwork4j.client.testing.RecordingTest;
import io.github.patchwork4j.model.Cover;
import io.github.patchwork4j.model.PatchRef;
import io.github.patchwork4j.model.Series;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Cover letters and series read through the client from the recordings of each prefix. */
class CoverAndSeriesReadTest extends RecordingTest {

  @ParameterizedTest
  @EnumSource(Prefix.class)
  void readsCoverDetails(Prefix prefix) {
    for (String name : List.of("cover-1", "cover-2")) {
      JsonNode json = server.stub(prefix.rec(name)).json();
      try (PatchworkClient pw = prefix.client(server)) {
        Cover c = pw.covers().get(json.get("id").asLong()).join();

        assertThat(c.id()).isEqualTo(json.get("id").asInt());
        assertThat(c.name()).isEqualTo(text(json, "name"));
        assertThat(c.msgid()).isEqualTo(text(json, "msgid"));
        assertThat(c.mbox()).contains(URI.create(text(json, "mbox")));
        assertThat(c.content().orElse(null)).isEqualTo(text(json, "content"));
        assertThat(c.submitter().email()).isEqualTo(text(json.get("submitter"), "email"));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Prefix.class)
  void listsCoversOfAProject(Prefix prefix) {
    Recording r = server.stub(prefix.rec("covers"));
    try (PatchworkClient pw = prefix.client(server)) {
      Page<Cover> page =
          pw.covers().list(CoverQuery.builder().project("alpha").pageSize(30).build()).firstPage().join();

      assertThat(page.items()).extracting(Cover::id).containsExactlyElementsOf(ids(r.json()));
      assertThat(page.hasNext()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Prefix.class)
  void readsSeriesDetails(Prefix prefix) {
    for (String name : List.of("series-1", "series-13", "series-17")) {
      JsonNode json = server.stub(prefix.rec(name)).json();
      try (PatchworkClient pw = prefix.client(server)) {
        Series s = pw.series().get(json.get("id").asLong()).join();

        assertThat(s.id()).isEqualTo(json.get("id").asInt());
        assertThat(s.name().orElse(null)).isEqualTo(text(json, "name"));
        assertThat(s.total()).isEqualTo(json.get("total").asInt());
        assertThat(s.receivedAll()).isEqualTo(json.get("received_all").asBoolean());
        assertThat(s.patches()).extracting(PatchRef::id).containsExactlyElementsOf(ids(json.get("patches")));
        assertThat(s.coverLetter().map(cl -> cl.id()).orElse(null))
            .isEqualTo(json.get("cover_letter").isNull() ? null : json.get("cover_letter").get("id").asInt());
        assertThat(s.mbox()).isEqualTo(URI.create(text(json, "mbox")));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Prefix.class)
  void listsSeriesOfAProject(Prefix prefix) {
    Recording r = server.stub(prefix.rec("series"));
    try (PatchworkClient pw = prefix.client(server)) {
      Page<Series> page =
          pw.series().list(SeriesQuery.builder().project("alpha").pageSize(30).build()).firstPage().join();

      assertThat(page.items()).extracting(Series::id).containsExactlyElementsOf(ids(r.json()));
    }
  }
}
