package io.github.patchwork4j.testkit.internal;

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
    List<EventRow> all = new ArrayList<>();
    for (EventRow e : st.events) {
      if (req.minor >= 3 || !Events.COMMENT_CATEGORIES.contains(e.category())) {
        all.add(e);
      }
    }
    Listing<EventRow> l = new Listing<>(all, req.call.query(), EventRow::id)
        .multi("project", st::projectId, EventRow::projectId)
        .single("category", v -> Events.CATEGORIES.contains(v) ? e -> v.equals(e.category()) : null)
        .multi("series", v -> Store.pk(v, st.series), EventRow::seriesId)
        .multi("patch", v -> Store.pk(v, st.patches), EventRow::patchId)
        .multi("cover", v -> Store.pk(v, st.covers), EventRow::coverId);
    if (req.minor >= 2) {
      l.single("actor", v -> {
        Integer id = Store.pk(v, st.users);
        return id == null ? null : e -> e.actorId() == id;
      });
    }
    return server.list(req, l.dates(EventRow::date)
        .order(Listing.<EventRow>orders().by("date", Listing.date(EventRow::date)), "-date"), req.render::event);
  }
}
