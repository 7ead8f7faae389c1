package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A person who sent mail; embedded as a submitter without {@code user}.
 *
 * @param user the linked account as embedded when stored, or null
 */
record PersonRow(int id, String url, String name, String email, UserRow user) implements Row {

  static PersonRow parse(JsonNode in) {
    if (in == null || !in.isObject()) {
      return null;
    }
    return new PersonRow(Json.id(in), Json.str(in, "url"), Json.str(in, "name"), Json.str(in, "email"),
        UserRow.parse(in.get("user")));
  }

  /** The linked user's id, or -1. */
  int userId() {
    return user == null ? -1 : user.id();
  }
}
