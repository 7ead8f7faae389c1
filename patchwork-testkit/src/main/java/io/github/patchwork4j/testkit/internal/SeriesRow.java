package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A series of patches.
 *
 * @param project the project as embedded when stored
 * @param submitter the submitter as embedded when stored
 * @param coverLetter its cover letter as embedded when stored, or null
 * @param patches its patches by number, as embedded when stored
 * @param dependencies API 1.4: the canonical URLs of the series it depends on
 * @param dependents API 1.4: the canonical URLs of the series that depend on it
 */
record SeriesRow(int id, String url, String webUrl, ProjectRow project, String name, String date,
    PersonRef submitter, int version, int total, int receivedTotal, boolean receivedAll, String mbox,
    PatchRef coverLetter, List<PatchRef> patches, List<String> dependencies, List<String> dependents)
    implements Row {

  SeriesRow {
    patches = List.copyOf(patches);
    dependencies = List.copyOf(dependencies);
    dependents = List.copyOf(dependents);
  }

  static SeriesRow parse(JsonNode in) {
    List<PatchRef> patches = new ArrayList<>();
    in.path("patches").forEach(p -> patches.add(PatchRef.parse(p)));
    return new SeriesRow(Json.id(in), Json.str(in, "url"), Json.str(in, "web_url"),
        ProjectRow.parse(in.get("project")), Json.str(in, "name"), Json.str(in, "date"),
        PersonRef.parse(in.get("submitter")), in.path("version").asInt(), in.path("total").asInt(),
        in.path("received_total").asInt(), in.path("received_all").asBoolean(), Json.str(in, "mbox"),
        PatchRef.parse(in.get("cover_letter")), patches, texts(in.path("dependencies")),
        texts(in.path("dependents")));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  int projectId() {
    return project == null ? -1 : project.id();
  }

  int submitterId() {
    return submitter == null ? -1 : submitter.id();
  }

  SeriesRef ref() {
    return new SeriesRef(id, url, webUrl, date, name, version, mbox);
  }

  SeriesRow withCoverLetter(PatchRef cover) {
    return new SeriesRow(id, url, webUrl, project, name, date, submitter, version, total, receivedTotal,
        receivedAll, mbox, cover, patches, dependencies, dependents);
  }

  /** The series with these patches, counted against its total. */
  SeriesRow withPatches(List<PatchRef> members) {
    return new SeriesRow(id, url, webUrl, project, name, date, submitter, version, total, members.size(),
        total <= members.size(), mbox, coverLetter, members, dependencies, dependents);
  }
}
