package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** {@code /events/}: the event feed, newest first; comment events from API 1.3. */
final class EventsResource implements Resource {

  private final Server server;

  EventsResource(Server server) {
    this.server = server;
  }

  @Override
  public Reply read(Req req) {
    Store st = server.store();
    List<ObjectNode> all = new ArrayList<>();
    for (ObjectNode e : st.events) {
      if (req.minor >= 3 || !Events.COMMENT_CATEGORIES.contains(Json.str(e, "category"))) {
        all.add(e);
      }
    }
    Listing<ObjectNode> l = new Listing<>(all, req.call.query(), Json::id)
        .multi("project", st::projectId, e -> Json.id(e.get("project")))
        .single("category", v -> Events.CATEGORIES.contains(v) ? e -> v.equals(Json.str(e, "category")) : null)
        .multi("series", v -> Store.pk(v, st.series), e -> Json.id(e.path("payload").get("series")))
        .multi("patch", v -> Store.pk(v, st.patches), e -> Json.id(e.path("payload").get("patch")))
        .multi("cover", v -> Store.pk(v, st.covers), e -> Json.id(e.path("payload").get("cover")));
    if (req.minor >= 2) {
      l.single("actor", v -> {
        Integer id = Store.pk(v, st.users);
        return id == null ? null : e -> Json.id(e.get("actor")) == id;
      });
    }
    return server.list(req, l.dates(x -> Json.str(x, "date")).order(Listing.<ObjectNode>orders().by("date", Listing.date(x -> Json.str(x, "date"))), "-date"),
        req.render::event);
  }
}
