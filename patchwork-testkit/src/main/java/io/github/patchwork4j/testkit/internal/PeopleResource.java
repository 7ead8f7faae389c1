package io.github.patchwork4j.testkit.internal;

import java.util.List;
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
      return server.list(req, new Listing<>(st.people.all(), req.call.query(), PersonRow::id)
          .search(List.of(PersonRow::name, PersonRow::email))
          .order(Listing.<PersonRow>orders().by("id", Listing.number(PersonRow::id))
              .by("name", Listing.text(PersonRow::name)).by("email", Listing.text(PersonRow::email)), "id"),
          req.render::person);
    }
    return req.found(st.people.get(req.route.id())).reply(p -> req.json(200, req.render.person(p)));
  }
}
