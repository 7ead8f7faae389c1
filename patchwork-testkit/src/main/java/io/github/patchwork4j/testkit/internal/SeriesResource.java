package io.github.patchwork4j.testkit.internal;

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
      return server.list(req, new Listing<>(st.series.all(), req.call.query(), SeriesRow::id)
          .multi("project", st::projectId, SeriesRow::projectId)
          .multi("submitter", st::personId, SeriesRow::submitterId)
          .dates(SeriesRow::date)
          .search(List.of(SeriesRow::name))
          .order(Listing.<SeriesRow>orders().by("id", Listing.number(SeriesRow::id))
              .by("name", Listing.text(SeriesRow::name)).by("date", Listing.date(SeriesRow::date))
              .by("submitter", Listing.number(SeriesRow::submitterId)).failing("received_all"), "id"),
          s -> req.render.series(s, depsDropped));
    }
    return req.found(st.series.get(req.route.id()))
        .reply(s -> req.json(200, req.render.series(s, new boolean[1])));
  }
}
