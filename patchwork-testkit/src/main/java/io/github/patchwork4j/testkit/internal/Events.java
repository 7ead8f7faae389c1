package io.github.patchwork4j.testkit.internal;

import java.util.Set;

/** The events the server records as things happen, dated by the server's clock. */
final class Events {

  static final Set<String> CATEGORIES = Set.of("cover-created", "patch-created", "patch-completed",
      "patch-state-changed", "patch-delegated", "patch-relation-changed", "check-created",
      "series-created", "series-completed", "cover-comment-created", "patch-comment-created");

  /** Categories the server has from API 1.3 on. */
  static final Set<String> COMMENT_CATEGORIES = Set.of("cover-comment-created", "patch-comment-created");

  private final Server server;

  Events(Server server) {
    this.server = server;
  }

  /** The date of something the server does now (an event, a check). */
  String now() {
    return server.store().stamp(server.clock());
  }

  /**
   * Records an event.
   *
   * @param actor the user who caused it; anonymous for the server's own doing (mail, signals)
   */
  void emit(String category, int projectId, Principal actor, EventRow.Payload payload) {
    Store st = server.store();
    UserRow user = actor instanceof Principal.Member m ? st.users.get(m.id()) : null;
    st.addEvent(new EventRow(st.nextEventId(), category, st.projects.get(projectId), now(), user, payload));
  }

  /** A payload that names the patch. */
  EventRow.Payload patchPayload(int patchId) {
    return EventRow.Payload.patch(server.store().patches.get(patchId).ref());
  }

  /** {@code patch-relation-changed}: the server sends no relation details. */
  void relationChanged(int patchId, Principal actor) {
    emit("patch-relation-changed", server.store().patches.get(patchId).projectId(), actor, patchPayload(patchId));
  }
}
