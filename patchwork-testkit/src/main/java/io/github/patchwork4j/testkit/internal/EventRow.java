package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An event of the feed.
 *
 * @param category e.g. {@code patch-created}; which payload fields are sent follows from it
 * @param project the project as embedded when stored
 * @param actor the user who caused it, as embedded when stored; null for the server's own doing
 */
record EventRow(int id, String category, ProjectRow project, String date, UserRow actor, Payload payload)
    implements Row {

  /** What the event is about, as embedded when stored; a field the category lacks is null. */
  record Payload(PatchRef patch, PatchRef cover, SeriesRef series, CommentRef comment, CheckRef check,
      String previousState, String currentState, UserRow previousDelegate, UserRow currentDelegate) {

    static Payload patch(PatchRef patch) {
      return new Payload(patch, null, null, null, null, null, null, null, null);
    }

    static Payload cover(PatchRef cover) {
      return new Payload(null, cover, null, null, null, null, null, null, null);
    }

    static Payload series(SeriesRef series) {
      return new Payload(null, null, series, null, null, null, null, null, null);
    }

    Payload withSeries(SeriesRef s) {
      return new Payload(patch, cover, s, comment, check, previousState, currentState, previousDelegate,
          currentDelegate);
    }

    Payload withComment(CommentRef c) {
      return new Payload(patch, cover, series, c, check, previousState, currentState, previousDelegate,
          currentDelegate);
    }

    Payload withCheck(CheckRef c) {
      return new Payload(patch, cover, series, comment, c, previousState, currentState, previousDelegate,
          currentDelegate);
    }

    Payload withStates(String previous, String current) {
      return new Payload(patch, cover, series, comment, check, previous, current, previousDelegate,
          currentDelegate);
    }

    Payload withDelegates(UserRow previous, UserRow current) {
      return new Payload(patch, cover, series, comment, check, previousState, currentState, previous, current);
    }

    static Payload parse(JsonNode in) {
      return new Payload(PatchRef.parse(in.get("patch")), PatchRef.parse(in.get("cover")),
          SeriesRef.parse(in.get("series")), CommentRef.parse(in.get("comment")), CheckRef.parse(in.get("check")),
          Json.str(in, "previous_state"), Json.str(in, "current_state"), UserRow.parse(in.get("previous_delegate")),
          UserRow.parse(in.get("current_delegate")));
    }
  }

  static EventRow parse(JsonNode in) {
    return new EventRow(Json.id(in), Json.str(in, "category"), ProjectRow.parse(in.get("project")),
        Json.str(in, "date"), UserRow.parse(in.get("actor")), Payload.parse(in.path("payload")));
  }

  int projectId() {
    return project == null ? -1 : project.id();
  }

  int actorId() {
    return actor == null ? -1 : actor.id();
  }

  int patchId() {
    return payload.patch() == null ? -1 : payload.patch().id();
  }

  int coverId() {
    return payload.cover() == null ? -1 : payload.cover().id();
  }

  int seriesId() {
    return payload.series() == null ? -1 : payload.series().id();
  }
}
