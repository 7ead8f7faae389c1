package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code /bundles/}: public bundles and the caller's own; from API 1.2 a user creates, changes
 * and deletes its own bundles.
 */
final class BundlesResource implements Resource {

  private final Server server;

  BundlesResource(Server server) {
    this.server = server;
  }

  @Override
  public Optional<Reply> gate(Req req) {
    String method = req.method();
    boolean safe = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    if (!safe && req.minor < 2) {
      return Optional.of(req.notAllowed());
    }
    if (method.equals("POST") && req.anonymous()) {
      return Optional.of(req.denied());
    }
    return Optional.empty();
  }

  @Override
  public Reply read(Req req) {
    Store st = server.store();
    if (req.route.kind() == Route.Kind.BUNDLES) {
      return server.list(req, new Listing<>(visible(req), req.call.query(), BundleRow::id)
          .multi("project", st::projectId, BundleRow::projectId)
          .multi("owner", st::userId, BundleRow::ownerId)
          .bool("public", BundleRow::isPublic)
          .search(List.of(BundleRow::name))
          .order(Listing.<BundleRow>orders().by("id", Listing.number(BundleRow::id))
              .by("name", Listing.text(BundleRow::name)).by("owner", Listing.number(BundleRow::ownerId)), "id"),
          req.render::bundle);
    }
    return bundle(req).reply(b -> req.json(200, req.render.bundle(b)));
  }

  private static boolean visibleTo(BundleRow bundle, Principal user) {
    return bundle.isPublic() || user.is(bundle.ownerId());
  }

  private List<BundleRow> visible(Req req) {
    List<BundleRow> out = new ArrayList<>();
    for (BundleRow b : server.store().bundles.all()) {
      if (visibleTo(b, req.user)) {
        out.add(b);
      }
    }
    return out;
  }

  /** The bundle of the route if the caller may see it, else the 404. */
  private Result<BundleRow> bundle(Req req) {
    BundleRow b = server.store().bundles.get(req.route.id());
    return req.found(b != null && visibleTo(b, req.user) ? b : null);
  }

  // ---- writes

  /** A valid body: the fields given (null when absent). */
  private record Changes(String name, List<Integer> patches, Boolean isPublic) {
  }

  @Override
  public Reply write(Req req) {
    if (req.route.kind() == Route.Kind.BUNDLES) {
      return Body.parse(req).then(data -> changes(req, data, false)).reply(c -> create(req, c));
    }
    return bundle(req).reply(b -> {
      if (!req.user.is(b.ownerId())) {
        return req.denied();
      }
      if (req.method().equals("DELETE")) {
        server.store().bundles.remove(b.id());
        return Reply.empty(204).headers(req.viewHeaders());
      }
      return Body.parse(req).then(data -> changes(req, data, req.method().equals("PATCH")))
          .reply(c -> update(req, b, c));
    });
  }

  private Result<Changes> changes(Req req, ObjectNode data, boolean partial) {
    Store st = server.store();
    Fields f = new Fields(data, partial);
    String name = f.skip("name") ? null : f.text("name", 50, false, false);
    List<Integer> patches = f.skip("patches") ? null : f.pks("patches", st.patches);
    validatePatches(f, patches);
    Boolean isPublic = f.has("public") ? f.bool("public", false) : null;
    Optional<Reply> invalid = f.invalid(req);
    if (invalid.isPresent()) {
      return Result.fail(invalid.get());
    }
    return Result.ok(new Changes(name, patches, isPublic));
  }

  private void validatePatches(Fields f, List<Integer> patches) {
    if (patches == null) {
      return;
    }
    if (patches.isEmpty()) {
      f.error("patches", "Bundles cannot be empty");
      return;
    }
    if (patches.stream().map(p -> projectOf(server.store(), p)).distinct().count() > 1) {
      f.error("patches", "Bundle patches must belong to the same project");
    }
  }

  private static int projectOf(Store st, int patchId) {
    return st.patches.get(patchId).projectId();
  }

  /** The unique constraint on (owner, name) has no validator: a duplicate is a 500. */
  private boolean nameTaken(int owner, String name, int except) {
    for (BundleRow other : server.store().bundles.all()) {
      if (other.id() != except && other.ownerId() == owner && Objects.equals(other.name(), name)) {
        return true;
      }
    }
    return false;
  }

  private Reply create(Req req, Changes c) {
    Store st = server.store();
    int ownerId = ((Principal.Member) req.user).id();
    if (nameTaken(ownerId, c.name(), -1)) {
      return Pages.serverError();
    }
    int id = st.bundles.nextId();
    BundleRow b = new BundleRow(id, Canon.API + "bundles/" + id + "/", "",
        st.projects.get(projectOf(st, c.patches().get(0))), c.name(), st.users.get(ownerId), c.patches(),
        c.isPublic() != null && c.isPublic(), "").withLinks();
    st.bundles.put(b);
    ObjectNode rendered = req.render.bundle(b);
    return req.json(201, rendered).header("Location", rendered.get("url").asText());
  }

  private Reply update(Req req, BundleRow b, Changes c) {
    Store st = server.store();
    if (c.name() != null && nameTaken(b.ownerId(), c.name(), b.id())) {
      return Pages.serverError();
    }
    boolean newPatches = c.patches() != null && !c.patches().isEmpty();
    BundleRow edited = b.with(c.name() != null ? c.name() : b.name(), newPatches ? c.patches() : b.patches(),
        newPatches ? st.projects.get(projectOf(st, c.patches().get(0))) : b.project(),
        c.isPublic() != null ? c.isPublic() : b.isPublic());
    if (c.name() != null) {
      edited = edited.withLinks();
    }
    st.bundles.put(edited);
    return req.json(200, req.render.bundle(edited));
  }
}
