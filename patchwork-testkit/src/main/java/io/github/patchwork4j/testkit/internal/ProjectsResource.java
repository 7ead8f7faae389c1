package io.github.patchwork4j.testkit.internal;

import java.util.List;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code /projects/}: list, detail (by id or link name) and a maintainer's update. */
final class ProjectsResource implements Resource {

  private final Server server;

  ProjectsResource(Server server) {
    this.server = server;
  }

  @Override
  public Reply read(Req req) {
    Store st = server.store();
    if (req.route.kind() == Route.Kind.PROJECTS) {
      return server.list(req, new Listing<>(st.projects.all(), req.call.query(), ProjectRow::id)
          .search(List.of())
          .order(Listing.<ProjectRow>orders().by("id", Listing.number(ProjectRow::id))
              .by("name", Listing.text(ProjectRow::name)).failing("link_name").failing("list_id"), "id"),
          req.render::project);
    }
    return project(req).reply(p -> req.json(200, req.render.project(p)));
  }

  private Result<ProjectRow> project(Req req) {
    return req.found(server.store().projectByKey(req.route.projectKey()));
  }

  @Override
  public Reply write(Req req) {
    return project(req).reply(project -> {
      if (!req.user.maintains(project.id())) {
        return req.denied();
      }
      return Body.parse(req).reply(data -> update(req, project, data));
    });
  }

  private Reply update(Req req, ProjectRow project, ObjectNode data) {
    Fields f = new Fields(data, true);
    ProjectRow.Settings old = project.settings();
    ProjectRow.Settings s = new ProjectRow.Settings(text(f, "web_url", old.webUrl()),
        text(f, "scm_url", old.scmUrl()), text(f, "webscm_url", old.webscmUrl()),
        text(f, "list_archive_url", old.listArchiveUrl()),
        text(f, "list_archive_url_format", old.listArchiveUrlFormat()),
        text(f, "commit_url_format", old.commitUrlFormat()), showDependencies(f, old.showDependencies()));
    return f.invalid(req).orElseGet(() -> {
      ProjectRow edited = project.with(s);
      server.store().projects.put(edited);
      return req.json(200, req.render.project(edited));
    });
  }

  /** A link field of the body when given and valid, else the current value. */
  private static String text(Fields f, String key, String current) {
    if (!f.has(key)) {
      return current;
    }
    String v = f.text(key, 2000, false, true);
    return f.ok(key) ? v : current;
  }

  private Boolean showDependencies(Fields f, Boolean current) {
    if (server.maxMinor() >= 4 && f.has("show_dependencies")) {
      Boolean b = f.bool("show_dependencies", false);
      return b != null ? b : current;
    }
    return current;
  }
}
