package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A bundle of patches.
 *
 * @param project the project as embedded when stored
 * @param owner the owner as embedded when stored
 * @param patches the ids of its patches, in the order they were given
 */
record BundleRow(int id, String url, String webUrl, ProjectRow project, String name, UserRow owner,
    List<Integer> patches, boolean isPublic, String mbox) implements Row {

  BundleRow {
    patches = List.copyOf(patches);
  }

  static BundleRow parse(JsonNode in) {
    List<Integer> patches = new ArrayList<>();
    in.path("patches").forEach(p -> patches.add(Json.id(p)));
    return new BundleRow(Json.id(in), Json.str(in, "url"), Json.str(in, "web_url"),
        ProjectRow.parse(in.get("project")), Json.str(in, "name"), UserRow.parse(in.get("owner")), patches,
        in.path("public").asBoolean(), Json.str(in, "mbox"));
  }

  int ownerId() {
    return owner == null ? -1 : owner.id();
  }

  int projectId() {
    return project == null ? -1 : project.id();
  }

  /** The bundle with its web links for its owner and name. */
  BundleRow withLinks() {
    String path = Dataset.CANONICAL_HOST + Canon.bundlePath(owner.username(), name);
    return new BundleRow(id, url, path, project, name, owner, patches, isPublic, path + "mbox/");
  }

  BundleRow with(String newName, List<Integer> newPatches, ProjectRow newProject, boolean newPublic) {
    return new BundleRow(id, url, webUrl, newProject, newName, owner, newPatches, newPublic, mbox);
  }
}
