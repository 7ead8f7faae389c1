package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** {@code /covers/}: list and detail of cover letters. */
final class CoversResource implements Resource {

  private final Server server;

  CoversResource(Server server) {
    this.server = server;
  }

  @Override
  public Reply read(Req req) {
    Store st = server.store();
    if (req.route.kind() == Route.Kind.COVERS) {
      return server.list(req, listing(req, st), c -> req.render.cover(c, false));
    }
    return req.found(st.covers.get(req.route.id())).reply(c -> req.json(200, req.render.cover(c, true)));
  }

  private static Listing<ObjectNode> listing(Req req, Store st) {
    Listing<ObjectNode> l = new Listing<>(st.covers.all(), req.call.query(), Json::id)
        .multi("project", st::projectId, c -> Json.id(c.get("project")));
    // the series filter validates its values against projects: [] or a 500
    List<String> series = req.call.query().all("series");
    if (!series.isEmpty()) {
      boolean allProjects = true;
      for (String v : series) {
        allProjects &= Store.pk(v, st.projects) != null;
      }
      l.keep(c -> false).fail(allProjects);
    }
    return l.multi("submitter", st::personId, c -> Json.id(c.get("submitter")))
        .single("msgid", v -> c -> ("<" + v + ">").equals(Json.str(c, "msgid")))
        .dates(x -> Json.str(x, "date"))
        .search(List.of(x -> Json.str(x, "name")))
        .order(Listing.<ObjectNode>orders().by("id", Listing.number(Json::id)).by("name", Listing.text(x -> Json.str(x, "name")))
            .by("date", Listing.date(x -> Json.str(x, "date")))
            .by("submitter", Listing.number(c -> Json.id(c.get("submitter")))), "id");
  }
}
