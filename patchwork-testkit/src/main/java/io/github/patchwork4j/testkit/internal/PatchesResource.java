package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
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

  private static Listing<PatchRow> listing(Req req, Store st) {
    Listing<PatchRow> l = new Listing<>(st.patches.all(), req.call.query(), PatchRow::id)
        .multi("project", st::projectId, PatchRow::projectId)
        .multi("series", v -> Store.pk(v, st.series), PatchRow::seriesId)
        .multi("submitter", st::personId, PatchRow::submitterId)
        .multi("delegate", st::userId, PatchRow::delegateId)
        .multi("state", v -> {
          States.State s = st.states.forFilter(v);
          return s == null ? null : s.id();
        }, p -> {
          States.State s = st.states.bySlug(p.state());
          return s == null ? -1 : s.id();
        })
        .bool("archived", PatchRow::archived);
    if (req.minor >= 2) {
      l.single("hash", v -> p -> v.equalsIgnoreCase(p.hash()))
          .single("msgid", v -> p -> ("<" + v + ">").equals(p.msgid()));
    }
    return l.dates(PatchRow::date)
        .search(List.of(PatchRow::name))
        .order(Listing.<PatchRow>orders().by("id", Listing.number(PatchRow::id))
            .by("name", Listing.text(PatchRow::name))
            .by("project", Comparator.comparing((PatchRow p) -> projectLinkname(st, p)))
            .by("date", Listing.date(PatchRow::date))
            .by("state", Listing.number(p -> st.states.ordering(p.state())))
            .by("archived", Comparator.comparing(PatchRow::archived))
            .by("submitter", Listing.number(PatchRow::submitterId))
            .by("check", Comparator.comparing((PatchRow p) -> st.combinedCheck(p.id()))), "id");
  }

  private static String projectLinkname(Store st, PatchRow item) {
    ProjectRow p = st.projects.get(item.projectId());
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

  private Result<Update> update(Req req, PatchRow patch, ObjectNode data) {
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
        int project = patch.projectId();
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
    PatchRow before = st.patches.get(id);
    PatchRow.Triage old = before.triage();
    PatchRow edited = before.with(new PatchRow.Triage(
        u.setCommitRef() ? u.commitRef() : old.commitRef(),
        u.setPullUrl() ? u.pullUrl() : old.pullUrl(),
        u.state() != null ? u.state().slug() : old.state(),
        u.archived() != null ? u.archived() : old.archived(),
        u.setDelegate() ? (u.delegate() == null ? null : st.users.get(u.delegate())) : old.delegate()));
    st.patches.put(edited);
    String previousState = old.state();
    int project = edited.projectId();
    if (u.state() != null && !u.state().slug().equals(previousState)) {
      events.emit("patch-state-changed", project, req.user,
          events.patchPayload(id).withStates(previousState, u.state().slug()));
    }
    int delegateBefore = before.delegateId();
    int delegateAfter = edited.delegateId();
    if (u.setDelegate() && delegateBefore != delegateAfter) {
      events.emit("patch-delegated", project, req.user,
          events.patchPayload(id).withDelegates(st.users.get(delegateBefore), st.users.get(delegateAfter)));
    }
    if (relationInSave) {
      events.relationChanged(id, req.user);
    }
    return req.json(200, req.render.patch(st.patches.get(id), true, u.partial()));
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
      if (!req.user.maintains(st.patches.get(p).projectId())) {
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
