package io.github.patchwork4j.testkit.internal;

import java.util.List;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * {@code /patches/{id}/comments/} and {@code /covers/{id}/comments/}: list (API 1.1), detail and
 * the {@code addressed} flag (API 1.3).
 */
final class CommentsResource implements Resource {

  private final Server server;
  private final Events events;

  CommentsResource(Server server, Events events) {
    this.server = server;
    this.events = events;
  }

  private static boolean onPatch(Route route) {
    return route.kind() == Route.Kind.PATCH_COMMENTS || route.kind() == Route.Kind.PATCH_COMMENT;
  }

  /** The patch or cover the comments belong to, or the 404 when there is none. */
  private Result<Row> owner(Req req) {
    Store st = server.store();
    return req.found(onPatch(req.route) ? st.patches.get(req.route.id()) : st.covers.get(req.route.id()));
  }

  /** The key of the owner's comments in the store: "patch/ID" or "cover/ID". */
  private static String ownerKey(Route route) {
    return (onPatch(route) ? "patch/" : "cover/") + route.id();
  }

  @Override
  public Reply read(Req req) {
    Store st = server.store();
    String key = ownerKey(req.route);
    return owner(req).reply(owner -> {
      if (req.route.kind() == Route.Kind.PATCH_COMMENTS || req.route.kind() == Route.Kind.COVER_COMMENTS) {
        return server.list(req, new Listing<>(st.comments(key), req.call.query(), CommentRow::id)
            .search(List.of())
            .order(Listing.<CommentRow>orders().by("id", Listing.number(CommentRow::id))
                .by("date", Listing.date(CommentRow::date)).by("submitter", Listing.number(CommentRow::submitterId))
                .failing("subject"), "id"), req.render::comment);
      }
      return req.found(st.comment(key, req.route.childId())).reply(c -> req.json(200, req.render.comment(c)));
    });
  }

  @Override
  public Reply write(Req req) {
    Store st = server.store();
    String key = ownerKey(req.route);
    int commentId = req.route.childId();
    return owner(req).then(owner -> req.found(st.comment(key, commentId))).reply(comment -> {
      if (!editable(req, comment)) {
        return req.denied();
      }
      return Body.parse(req).reply(data -> update(req, key, commentId, data));
    });
  }

  private boolean editable(Req req, CommentRow comment) {
    Store st = server.store();
    if (!(req.user instanceof Principal.Member m)) {
      return false;
    }
    if (m.id() == st.userOfPerson(comment.submitterId())) {
      return true;
    }
    if (onPatch(req.route)) {
      return st.patchEditable(st.patches.get(req.route.id()), m);
    }
    CoverRow cover = st.covers.get(req.route.id());
    return m.id() == st.userOfPerson(cover.submitterId()) || m.maintains(cover.projectId());
  }

  private Reply update(Req req, String key, int commentId, ObjectNode data) {
    Store st = server.store();
    if (!req.method().equals("PATCH")) {
      // the view checks rights and parses the body first; then the hidden parent field, which
      // has no default outside POST, fails the serializer
      return Pages.serverError();
    }
    Fields f = new Fields(data, true);
    boolean set = f.has("addressed");
    Boolean addressed = set ? f.bool("addressed", true) : null;
    Optional<Reply> invalid = f.invalid(req);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    CommentRow edited = st.comment(key, commentId);
    if (set) {
      edited = edited.withAddressed(addressed);
      st.replaceComment(key, edited);
    }
    // every save of a comment fires a "comment created" event
    EventRow.Payload payload;
    int project;
    boolean patchComment = onPatch(req.route);
    if (patchComment) {
      PatchRow patch = st.patches.get(req.route.id());
      payload = EventRow.Payload.patch(patch.ref());
      project = patch.projectId();
    } else {
      CoverRow cover = st.covers.get(req.route.id());
      payload = EventRow.Payload.cover(cover.ref());
      project = cover.projectId();
    }
    events.emit(patchComment ? "patch-comment-created" : "cover-comment-created", project, Principal.ANONYMOUS,
        payload.withComment(CommentRef.of(edited)));
    return req.json(200, req.render.comment(edited));
  }
}
