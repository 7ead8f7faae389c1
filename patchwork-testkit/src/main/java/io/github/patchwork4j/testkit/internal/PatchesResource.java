package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code /patches/}: list, detail and the update of state, delegate, archived, commit and pull
 * references and relations, with the events each change emits.
 */
final class PatchesResource implements Resource {

  private final Server server;
  private final Events events;

  PatchesResource(Server server, Events events) {
    this.server = server;
    this.events = events;
  }

  @Override
  public Reply read(Req req) {
    Store st = server.store();
    if (req.route.kind() == Route.Kind.PATCHES) {
      return server.list(req, listing(req, st), p -> req.render.patch(p, false));
    }
    return req.found(st.patches.get(req.route.id())).reply(p -> req.json(200, req.render.patch(p, true)));
  }

  private static Listing<ObjectNode> listing(Req req, Store st) {
    Listing<ObjectNode> l = new Listing<>(st.patches.all(), req.call.query(), Json::id)
        .multi("project", st::projectId, p -> Json.id(p.get("project")))
        .multi("series", v -> Store.pk(v, st.series), Store::seriesOf)
        .multi("submitter", st::personId, p -> Json.id(p.get("submitter")))
        .multi("delegate", st::userId, p -> Json.id(p.get("delegate")))
        .multi("state", v -> {
          States.State s = st.states.forFilter(v);
          return s == null ? null : s.id();
        }, p -> {
          States.State s = st.states.bySlug(Json.str(p, "state"));
          return s == null ? -1 : s.id();
        })
        .bool("archived", x -> x.path("archived").asBoolean());
    if (req.minor >= 2) {
      l.single("hash", v -> p -> v.equalsIgnoreCase(Json.str(p, "hash")))
          .single("msgid", v -> p -> ("<" + v + ">").equals(Json.str(p, "msgid")));
    }
    return l.dates(x -> Json.str(x, "date"))
        .search(List.of(x -> Json.str(x, "name")))
        .order(Listing.<ObjectNode>orders().by("id", Listing.number(Json::id)).by("name", Listing.text(x -> Json.str(x, "name")))
            .by("project", Comparator.comparing((ObjectNode p) -> projectLinkname(st, p)))
            .by("date", Listing.date(x -> Json.str(x, "date")))
            .by("state", Listing.number(p -> st.states.ordering(Json.str(p, "state"))))
            .by("archived", Comparator.comparing((ObjectNode p) -> p.path("archived").asBoolean()))
            .by("submitter", Listing.number(p -> Json.id(p.get("submitter"))))
            .by("check", Comparator.comparing((ObjectNode p) -> st.combinedCheck(Json.id(p)))), "id");
  }

  private static String projectLinkname(Store st, ObjectNode item) {
    ProjectRow p = st.projects.get(Json.id(item.get("project")));
    return p == null ? "" : p.linkName();
  }

  // ---- updates

  /** A valid update, as read from the body. */
  private record Update(boolean partial, boolean setCommitRef, String commitRef, boolean setPullUrl,
      String pullUrl, States.State state, Boolean archived, boolean setDelegate, Integer delegate,
      List<Integer> related) {
  }

  @Override
  public Reply write(Req req) {
    int id = req.route.id();
    Store st = server.store();
    return req.found(st.patches.get(id)).reply(patch -> {
      if (!st.patchEditable(patch, req.user)) {
        return req.denied();
      }
      return Body.parse(req).then(data -> update(req, patch, data)).reply(u -> apply(req, id, u));
    });
  }

  private Result<Update> update(Req req, ObjectNode patch, ObjectNode data) {
    Store st = server.store();
    boolean partial = req.method().equals("PATCH");
    Fields f = new Fields(data, partial);
    String commitRef = f.has("commit_ref") ? f.text("commit_ref", 255, true, true) : null;
    String pullUrl = f.has("pull_url") ? f.text("pull_url", 255, true, true) : null;
    States.State state = null;
    if (!f.skip("state")) {
      JsonNode v = f.get("state");
      if (v.isNull() || v.isTextual() && v.asText().isEmpty()) {
        f.error("state", Fields.NOT_NULL);
      } else if (!v.isTextual()) {
        // StateField calls data.lower(): AttributeError, a 500 on the real server
        return Result.fail(Pages.serverError());
      } else {
        String slug = States.slugify(v.asText().toLowerCase(Locale.ROOT));
        state = st.states.bySlug(slug);
        if (state == null) {
          List<String> slugs = new ArrayList<>();
          st.states.all().forEach(s -> slugs.add(s.slug()));
          f.error("state", "Invalid state " + slug + ". Expected one of: " + String.join(", ", slugs) + ".");
        }
      }
    }
    Boolean archived = f.has("archived") ? f.bool("archived", false) : null;
    boolean setDelegate = false;
    Integer delegate = null;
    if (!f.skip("delegate")) {
      JsonNode v = f.get("delegate");
      setDelegate = true;
      if (!(v.isNull() || v.isTextual() && v.asText().isEmpty())) {
        delegate = f.pk("delegate", v, st.users);
        int project = Json.id(patch.get("project"));
        if (delegate != null && !st.maintains(delegate, project)) {
          f.error("delegate", "User '" + st.users.get(delegate).username()
              + "' is not a maintainer for project '" + st.projects.get(project).name() + "'");
        }
      }
    }
    List<Integer> related = null;
    if (f.has("related")) {
      related = f.pks("related", st.patches);
    } else if (!partial) {
      related = List.of();
    }
    Optional<Reply> invalid = f.invalid(req);
    if (invalid.isPresent()) {
      return Result.fail(invalid.get());
    }
    return Result.ok(new Update(partial, f.has("commit_ref"), commitRef, f.has("pull_url"), pullUrl, state,
        archived, setDelegate, delegate, related));
  }

  private Reply apply(Req req, int id, Update u) {
    Store st = server.store();
    boolean relationInSave = false;
    if (u.related() != null) {
      Result<Boolean> relation = updateRelation(req, id, u.related());
      if (relation instanceof Result.Fail<Boolean> fail) {
        return fail.reply();
      }
      relationInSave = ((Result.Ok<Boolean>) relation).value();
    }
    ObjectNode edited = st.patches.edit(id);
    String previousState = Json.str(edited, "state");
    JsonNode previousDelegate = edited.get("delegate");
    if (u.setCommitRef()) {
      setText(edited, "commit_ref", u.commitRef());
    }
    if (u.setPullUrl()) {
      setText(edited, "pull_url", u.pullUrl());
    }
    if (u.archived() != null) {
      edited.put("archived", u.archived());
    }
    if (u.state() != null) {
      edited.put("state", u.state().slug());
    }
    if (u.setDelegate()) {
      edited.set("delegate", u.delegate() == null ? NullNode.instance : Canon.userRef(st.users.get(u.delegate())));
    }
    int project = Json.id(edited.get("project"));
    if (u.state() != null && !u.state().slug().equals(previousState)) {
      ObjectNode payload = events.patchPayload(id);
      payload.put("previous_state", previousState);
      payload.put("current_state", u.state().slug());
      events.emit("patch-state-changed", project, req.user, payload);
    }
    int before = Json.id(previousDelegate);
    int after = Json.id(edited.get("delegate"));
    if (u.setDelegate() && before != after) {
      ObjectNode payload = events.patchPayload(id);
      payload.set("previous_delegate", before < 0 ? NullNode.instance : Canon.userRef(st.users.get(before)));
      payload.set("current_delegate", after < 0 ? NullNode.instance : Canon.userRef(st.users.get(after)));
      events.emit("patch-delegated", project, req.user, payload);
    }
    if (relationInSave) {
      events.relationChanged(id, req.user);
    }
    return req.json(200, req.render.patch(st.patches.get(id), true, u.partial()));
  }

  private static void setText(ObjectNode node, String key, String value) {
    if (value == null) {
      node.putNull(key);
    } else {
      node.put(key, value);
    }
  }

  /**
   * {@code PatchDetailSerializer.update}'s relation handling. Emits the events of the patches
   * saved on the way; gives true when the patch itself leaves its relation in the final save
   * (its event then follows the state and delegate events).
   */
  private Result<Boolean> updateRelation(Req req, int id, List<Integer> related) {
    Store st = server.store();
    TreeSet<Integer> involved = new TreeSet<>(related);
    Integer current = st.relationOf(id);
    involved.addAll(st.members(current));
    TreeSet<Integer> checked = new TreeSet<>(involved);
    checked.add(id);
    for (int p : checked) {
      if (!req.user.maintains(Json.id(st.patches.get(p).get("project")))) {
        return Result.fail(req.error(403, "At least one patch is part of a project you are not maintaining."));
      }
    }
    if (related.isEmpty()) {
      if (current == null) {
        return Result.ok(false);
      }
      TreeSet<Integer> members = st.members(current);
      if (members.size() == 2) {
        // the relation is deleted first; the database nulls both links, so no event
        for (int m : members) {
          st.setRelation(m, null);
        }
        return Result.ok(false);
      }
      st.setRelation(id, null);
      return Result.ok(true);
    }
    TreeSet<Integer> relations = new TreeSet<>();
    for (int p : involved) {
      Integer r = st.relationOf(p);
      if (r != null) {
        relations.add(r);
      }
    }
    Integer relation = relations.isEmpty() ? null : relations.first();
    if (relations.size() > 1 || relation != null && current != null && !current.equals(relation)) {
      return Result.fail(req.error(409, "At least one patch is already part of another relation. You have to"
          + " explicitly remove a patch from its existing relation before moving it to this one."));
    }
    if (relation == null) {
      relation = st.newRelation();
    }
    for (int p : involved) {
      if (!relation.equals(st.relationOf(p))) {
        st.setRelation(p, relation);
        // patches saved in this loop carry no editor: their events have no actor
        events.relationChanged(p, Principal.ANONYMOUS);
      }
    }
    if (!relation.equals(st.relationOf(id))) {
      st.setRelation(id, relation);
      events.relationChanged(id, req.user);
    }
    return Result.ok(false);
  }
}
