package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
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
      return server.list(req, new Listing<>(visible(req), req.call.query(), Json::id)
          .multi("project", st::projectId, b -> Json.id(b.get("project")))
          .multi("owner", st::userId, b -> Json.id(b.get("owner")))
          .bool("public", x -> x.path("public").asBoolean())
          .search(List.of(x -> Json.str(x, "name")))
          .order(Listing.<ObjectNode>orders().by("id", Listing.number(Json::id)).by("name", Listing.text(x -> Json.str(x, "name")))
              .by("owner", Listing.number(b -> Json.id(b.get("owner")))), "id"), req.render::bundle);
    }
    return bundle(req).reply(b -> req.json(200, req.render.bundle(b)));
  }

  private static boolean visibleTo(ObjectNode bundle, Principal user) {
    return bundle.path("public").asBoolean() || user.is(Json.id(bundle.get("owner")));
  }

  private List<ObjectNode> visible(Req req) {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode b : server.store().bundles.all()) {
      if (visibleTo(b, req.user)) {
        out.add(b);
      }
    }
    return out;
  }

  /** The bundle of the route if the caller may see it, else the 404. */
  private Result<ObjectNode> bundle(Req req) {
    ObjectNode b = server.store().bundles.get(req.route.id());
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
      int id = Json.id(b);
      if (!req.user.is(Json.id(b.get("owner")))) {
        return req.denied();
      }
      if (req.method().equals("DELETE")) {
        server.store().bundles.remove(id);
        return Reply.empty(204).headers(req.viewHeaders());
      }
      return Body.parse(req).then(data -> changes(req, data, req.method().equals("PATCH")))
          .reply(c -> update(req, id, c));
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
    long projects = patches.stream()
        .map(p -> Json.id(server.store().patches.get(p).get("project"))).distinct().count();
    if (projects > 1) {
      f.error("patches", "Bundle patches must belong to the same project");
    }
  }

  /** The unique constraint on (owner, name) has no validator: a duplicate is a 500. */
  private boolean nameTaken(int owner, String name, int except) {
    for (ObjectNode other : server.store().bundles.all()) {
      if (Json.id(other) != except && Json.id(other.get("owner")) == owner
          && Objects.equals(Json.str(other, "name"), name)) {
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
    ObjectNode b = Json.object();
    b.put("id", id);
    b.put("url", Canon.API + "bundles/" + id + "/");
    b.put("web_url", "");
    b.set("project", projectOf(st, c.patches()));
    b.put("name", c.name());
    b.set("owner", Canon.userRef(st.users.get(ownerId)));
    b.set("patches", patchRefs(st, c.patches()));
    b.put("public", c.isPublic() != null && c.isPublic());
    b.put("mbox", "");
    links(b);
    st.bundles.put(b);
    ObjectNode rendered = req.render.bundle(b);
    return req.json(201, rendered).header("Location", rendered.get("url").asText());
  }

  private Reply update(Req req, int id, Changes c) {
    Store st = server.store();
    int ownerId = ((Principal.Member) req.user).id();
    if (c.name() != null && nameTaken(ownerId, c.name(), id)) {
      return Pages.serverError();
    }
    ObjectNode edited = st.bundles.edit(id);
    if (c.name() != null) {
      edited.put("name", c.name());
      links(edited);
    }
    if (c.isPublic() != null) {
      edited.put("public", c.isPublic());
    }
    if (c.patches() != null && !c.patches().isEmpty()) {
      edited.set("patches", patchRefs(st, c.patches()));
      edited.set("project", projectOf(st, c.patches()));
    }
    return req.json(200, req.render.bundle(edited));
  }

  private static ArrayNode patchRefs(Store st, List<Integer> patches) {
    ArrayNode list = Json.array();
    patches.forEach(p -> list.add(Canon.patchRef(st.patches.get(p))));
    return list;
  }

  private static ObjectNode projectOf(Store st, List<Integer> patches) {
    return Canon.projectRef(st.projects.get(Json.id(st.patches.get(patches.get(0)).get("project"))));
  }

  private static void links(ObjectNode b) {
    String path = Dataset.CANONICAL_HOST + Canon.bundlePath(Json.str(b.get("owner"), "username"),
        Json.str(b, "name"));
    b.put("web_url", path);
    b.put("mbox", path + "mbox/");
  }
}
