package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
/** {@code /series/}: list and detail. */
final class SeriesResource implements Resource {

  private final Server server;

  SeriesResource(Server server) {
    this.server = server;
  }

  @Override
  public Reply read(Req req) {
    Store st = server.store();
    if (req.route.kind() == Route.Kind.SERIES_LIST) {
      boolean[] depsDropped = {false};
      return server.list(req, new Listing<>(st.series.all(), req.call.query(), Json::id)
          .multi("project", st::projectId, s -> Json.id(s.get("project")))
          .multi("submitter", st::personId, s -> Json.id(s.get("submitter")))
          .dates(x -> Json.str(x, "date"))
          .search(List.of(x -> Json.str(x, "name")))
          .order(Listing.<ObjectNode>orders().by("id", Listing.number(Json::id)).by("name", Listing.text(x -> Json.str(x, "name")))
              .by("date", Listing.date(x -> Json.str(x, "date")))
              .by("submitter", Listing.number(s -> Json.id(s.get("submitter"))))
              .failing("received_all"), "id"), s -> req.render.series(s, depsDropped));
    }
    return req.found(st.series.get(req.route.id()))
        .reply(s -> req.json(200, req.render.series(s, new boolean[1])));
  }
}
