package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A patch.
 *
 * @param project the project as embedded when stored
 * @param submitter the submitter as embedded when stored
 * @param delegate the delegate as embedded when stored, or null
 * @param series the series it belongs to (none or one), as embedded when stored
 * @param comments the API URL of its comments (unversioned)
 * @param checks the API URL of its checks (unversioned)
 * @param tags the tag counts as stored
 * @param headers the mail headers as the API sends them
 * @param prefixes the subject prefixes
 */
record PatchRow(int id, String url, String webUrl, ProjectRow project, String msgid, String listArchiveUrl,
    String date, String name, String commitRef, String pullUrl, String state, boolean archived, String hash,
    PersonRef submitter, UserRow delegate, String mbox, List<SeriesRef> series, String comments, String checks,
    JsonNode tags, JsonNode headers, String content, String diff, List<String> prefixes) implements Row {

  PatchRow {
    series = List.copyOf(series);
    prefixes = List.copyOf(prefixes);
  }

  static PatchRow parse(JsonNode in) {
    List<SeriesRef> series = new ArrayList<>();
    in.path("series").forEach(s -> series.add(SeriesRef.parse(s)));
    List<String> prefixes = new ArrayList<>();
    in.path("prefixes").forEach(p -> prefixes.add(p.asText()));
    return new PatchRow(Json.id(in), Json.str(in, "url"), Json.str(in, "web_url"),
        ProjectRow.parse(in.get("project")), Json.str(in, "msgid"), Json.str(in, "list_archive_url"),
        Json.str(in, "date"), Json.str(in, "name"), Json.str(in, "commit_ref"), Json.str(in, "pull_url"),
        Json.str(in, "state"), in.path("archived").asBoolean(), Json.str(in, "hash"),
        PersonRef.parse(in.get("submitter")), UserRow.parse(in.get("delegate")), Json.str(in, "mbox"), series,
        Json.str(in, "comments"), Json.str(in, "checks"), in.has("tags") ? in.get("tags") : Json.object(),
        in.has("headers") ? in.get("headers") : Json.object(), Json.str(in, "content"), Json.str(in, "diff"),
        prefixes);
  }

  /** The ids of the patches of its relation as stored in a data set. */
  static List<Integer> related(JsonNode in) {
    List<Integer> out = new ArrayList<>();
    in.path("related").forEach(r -> out.add(Json.id(r)));
    return out;
  }

  int projectId() {
    return project == null ? -1 : project.id();
  }

  int submitterId() {
    return submitter == null ? -1 : submitter.id();
  }

  int delegateId() {
    return delegate == null ? -1 : delegate.id();
  }

  /** The series it is in, or -1. */
  int seriesId() {
    return series.isEmpty() || series.get(0) == null ? -1 : series.get(0).id();
  }

  PatchRef ref() {
    return new PatchRef(id, url, webUrl, msgid, listArchiveUrl, date, name, mbox);
  }

  /** What a maintainer may change. */
  record Triage(String commitRef, String pullUrl, String state, boolean archived, UserRow delegate) {
  }

  Triage triage() {
    return new Triage(commitRef, pullUrl, state, archived, delegate);
  }

  PatchRow with(Triage t) {
    return new PatchRow(id, url, webUrl, project, msgid, listArchiveUrl, date, name, t.commitRef(), t.pullUrl(),
        t.state(), t.archived(), hash, submitter, t.delegate(), mbox, series, comments, checks, tags, headers,
        content, diff, prefixes);
  }

  PatchRow withSeries(List<SeriesRef> newSeries) {
    return new PatchRow(id, url, webUrl, project, msgid, listArchiveUrl, date, name, commitRef, pullUrl, state,
        archived, hash, submitter, delegate, mbox, newSeries, comments, checks, tags, headers, content, diff,
        prefixes);
  }
}
