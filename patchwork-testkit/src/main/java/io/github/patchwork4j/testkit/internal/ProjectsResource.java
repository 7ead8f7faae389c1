package io.github.patchwork4j.testkit.internal;

import static io.github.patchwork4j.testkit.internal.Listing.orders;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code /projects/}: list, detail (by id or link name) and a maintainer's update. */
final class ProjectsResource implements Resource {

  private static final String[] TEXT_FIELDS = {"web_url", "scm_url", "webscm_url", "list_archive_url",
    "list_archive_url_format", "commit_url_format"};

  private final Server server;

  ProjectsResource(Server server) {
    this.server = server;
  }

  @Override
  public Reply read(Req req) {
    Store st = server.store();
    if (req.route.kind() == Route.Kind.PROJECTS) {
      return server.list(req, new Listing(st.projects.all(), req.call.query())
          .search()
          .order(orders().by("id", Listing.number(Json::id)).by("name", Listing.text("name"))
              .failing("link_name").failing("list_id"), "id"), req.render::project);
    }
    return project(req).reply(p -> req.json(200, req.render.project(p)));
  }

  private Result<ObjectNode> project(Req req) {
    return req.found(server.store().projectByKey(req.route.key()));
  }

  @Override
  public Reply write(Req req) {
    return project(req).reply(project -> {
      int id = Json.id(project);
      if (!req.user.maintains(id)) {
        return req.denied();
      }
      return Body.parse(req).reply(data -> update(req, id, data));
    });
  }

  private Reply update(Req req, int id, ObjectNode data) {
    Fields f = new Fields(data, true);
    ObjectNode changes = Json.object();
    for (String k : TEXT_FIELDS) {
      if (f.has(k)) {
        String v = f.text(k, 2000, false, true);
        if (f.ok(k)) {
          changes.put(k, v);
        }
      }
    }
    if (server.maxMinor() >= 4 && f.has("show_dependencies")) {
      Boolean b = f.bool("show_dependencies", false);
      if (b != null) {
        changes.put("show_dependencies", b);
      }
    }
    return f.invalid(req).orElseGet(() -> {
      ObjectNode edited = server.store().projects.edit(id);
      edited.setAll(changes);
      return req.json(200, req.render.project(edited));
    });
  }
}
