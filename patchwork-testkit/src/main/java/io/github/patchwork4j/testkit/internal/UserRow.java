package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A user account; also the form embedded elsewhere (a delegate, an owner, an actor).
 *
 * @param url the API URL on the canonical host
 */
record UserRow(int id, String url, String username, String firstName, String lastName, String email)
    implements Row {

  /** The stored JSON form (a data set file, an embedded user); null for JSON null. */
  static UserRow parse(JsonNode in) {
    if (in == null || !in.isObject()) {
      return null;
    }
    return new UserRow(Json.id(in), Json.str(in, "url"), Json.str(in, "username"), Json.str(in, "first_name"),
        Json.str(in, "last_name"), Json.str(in, "email"));
  }

  UserRow withNames(String first, String last) {
    return new UserRow(id, url, username, first, last, email);
  }
}
