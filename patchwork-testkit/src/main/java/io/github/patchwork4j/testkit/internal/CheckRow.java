package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A check of a patch.
 *
 * @param user the user who posted it, as embedded when stored
 * @param state pending, success, warning or fail
 */
record CheckRow(int id, String url, UserRow user, String date, String state, String targetUrl, String context,
    String description) implements Row {

  static CheckRow parse(JsonNode in) {
    return new CheckRow(Json.id(in), Json.str(in, "url"), UserRow.parse(in.get("user")), Json.str(in, "date"),
        Json.str(in, "state"), Json.str(in, "target_url"), Json.str(in, "context"), Json.str(in, "description"));
  }

  int userId() {
    return user == null ? -1 : user.id();
  }
}
