package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A cover letter.
 *
 * @param project the project as embedded when stored
 * @param submitter the submitter as embedded when stored
 * @param series the series it introduces, as embedded when stored
 * @param comments the API URL of its comments (unversioned)
 * @param headers the mail headers as the API sends them
 */
record CoverRow(int id, String url, String webUrl, ProjectRow project, String msgid, String listArchiveUrl,
    String date, String name, PersonRef submitter, String mbox, List<SeriesRef> series, String comments,
    JsonNode headers, String content) implements Row {

  CoverRow {
    series = List.copyOf(series);
  }

  static CoverRow parse(JsonNode in) {
    List<SeriesRef> series = new ArrayList<>();
    in.path("series").forEach(s -> series.add(SeriesRef.parse(s)));
    return new CoverRow(Json.id(in), Json.str(in, "url"), Json.str(in, "web_url"),
        ProjectRow.parse(in.get("project")), Json.str(in, "msgid"), Json.str(in, "list_archive_url"),
        Json.str(in, "date"), Json.str(in, "name"), PersonRef.parse(in.get("submitter")), Json.str(in, "mbox"),
        series, Json.str(in, "comments"), in.has("headers") ? in.get("headers") : Json.object(),
        Json.str(in, "content"));
  }

  int projectId() {
    return project == null ? -1 : project.id();
  }

  int submitterId() {
    return submitter == null ? -1 : submitter.id();
  }

  PatchRef ref() {
    return new PatchRef(id, url, webUrl, msgid, listArchiveUrl, date, name, mbox);
  }
}
