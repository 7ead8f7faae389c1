package io.github.patchwork4j.testkit.internal;

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

  private static Listing<CoverRow> listing(Req req, Store st) {
    Listing<CoverRow> l = new Listing<>(st.covers.all(), req.call.query(), CoverRow::id)
        .multi("project", st::projectId, CoverRow::projectId);
    // the series filter validates its values against projects: [] or a 500
    List<String> series = req.call.query().all("series");
    if (!series.isEmpty()) {
      boolean allProjects = true;
      for (String v : series) {
        allProjects &= Store.pk(v, st.projects) != null;
      }
      l.keep(c -> false).fail(allProjects);
    }
    return l.multi("submitter", st::personId, CoverRow::submitterId)
        .single("msgid", v -> c -> ("<" + v + ">").equals(c.msgid()))
        .dates(CoverRow::date)
        .search(List.of(CoverRow::name))
        .order(Listing.<CoverRow>orders().by("id", Listing.number(CoverRow::id))
            .by("name", Listing.text(CoverRow::name)).by("date", Listing.date(CoverRow::date))
            .by("submitter", Listing.number(CoverRow::submitterId)), "id");
  }
}
