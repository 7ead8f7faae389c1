package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
  void emit(String category, int projectId, Principal actor, ObjectNode payload) {
    Store st = server.store();
    ObjectNode e = Json.object();
    e.put("id", st.nextEventId());
    e.put("category", category);
    e.set("project", Canon.projectRef(st.projects.get(projectId)));
    e.put("date", now());
    e.set("actor", actor instanceof Principal.Member m ? Canon.userRef(st.users.get(m.id())) : NullNode.instance);
    e.set("payload", payload);
    st.addEvent(e);
  }

  /** A payload that names the patch. */
  ObjectNode patchPayload(int patchId) {
    ObjectNode payload = Json.object();
    payload.set("patch", Canon.patchRef(server.store().patches.get(patchId)));
    return payload;
  }

  /** {@code patch-relation-changed}: the server sends no relation details. */
  void relationChanged(int patchId, Principal actor) {
    ObjectNode payload = patchPayload(patchId);
    payload.putNull("previous_relation");
    payload.putNull("current_relation");
    emit("patch-relation-changed", Json.id(server.store().patches.get(patchId).get("project")), actor, payload);
  }
}
