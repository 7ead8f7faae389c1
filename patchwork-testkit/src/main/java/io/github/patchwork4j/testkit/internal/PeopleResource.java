package io.github.patchwork4j.testkit.internal;

import static io.github.patchwork4j.testkit.internal.Listing.orders;

import java.util.Optional;

/** {@code /people/}: list and detail, for authenticated callers only. */
final class PeopleResource implements Resource {

  private final Server server;

  PeopleResource(Server server) {
    this.server = server;
  }

  @Override
  public Optional<Reply> gate(Req req) {
    return req.anonymous() ? Optional.of(req.denied()) : Optional.empty();
  }

  @Override
  public Reply read(Req req) {
    Store st = server.store();
    if (req.route.kind() == Route.Kind.PEOPLE) {
      return server.list(req, new Listing(st.people.all(), req.call.query())
          .search("name", "email")
          .order(orders().by("id", Listing.number(Json::id)).by("name", Listing.text("name"))
              .by("email", Listing.text("email")), "id"), req.render::person);
    }
    return req.found(st.people.get(req.route.id())).reply(p -> req.json(200, req.render.person(p)));
  }
}
