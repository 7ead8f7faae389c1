package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A project.
 *
 * @param maintainers the maintainers as embedded when stored
 * @param showDependencies API 1.4's flag, null when never set (false)
 */
record ProjectRow(int id, String url, String name, String linkName, String listId, String listEmail, String webUrl,
    String scmUrl, String webscmUrl, List<UserRow> maintainers, String subjectMatch, String listArchiveUrl,
    String listArchiveUrlFormat, String commitUrlFormat, Boolean showDependencies) implements Row {

  ProjectRow {
    maintainers = List.copyOf(maintainers);
  }

  static ProjectRow parse(JsonNode in) {
    List<UserRow> maintainers = new ArrayList<>();
    in.path("maintainers").forEach(m -> maintainers.add(UserRow.parse(m)));
    JsonNode deps = in.get("show_dependencies");
    return new ProjectRow(Json.id(in), Json.str(in, "url"), Json.str(in, "name"), Json.str(in, "link_name"),
        Json.str(in, "list_id"), Json.str(in, "list_email"), Json.str(in, "web_url"), Json.str(in, "scm_url"),
        Json.str(in, "webscm_url"), maintainers, Json.str(in, "subject_match"), Json.str(in, "list_archive_url"),
        Json.str(in, "list_archive_url_format"), Json.str(in, "commit_url_format"),
        deps == null || deps.isNull() ? null : deps.asBoolean());
  }

  boolean maintainedBy(int userId) {
    return maintainers.stream().anyMatch(m -> m != null && m.id() == userId);
  }

  /** The links and flag a maintainer may change. */
  record Settings(String webUrl, String scmUrl, String webscmUrl, String listArchiveUrl,
      String listArchiveUrlFormat, String commitUrlFormat, Boolean showDependencies) {
  }

  Settings settings() {
    return new Settings(webUrl, scmUrl, webscmUrl, listArchiveUrl, listArchiveUrlFormat, commitUrlFormat,
        showDependencies);
  }

  ProjectRow with(Settings s) {
    return new ProjectRow(id, url, name, linkName, listId, listEmail, s.webUrl(), s.scmUrl(), s.webscmUrl(),
        maintainers, subjectMatch, s.listArchiveUrl(), s.listArchiveUrlFormat(), s.commitUrlFormat(),
        s.showDependencies());
  }
}
