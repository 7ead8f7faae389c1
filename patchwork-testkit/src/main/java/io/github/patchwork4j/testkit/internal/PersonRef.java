package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** A submitter as embedded in a patch, cover, series or comment when it was stored. */
record PersonRef(int id, String url, String name, String email) {

  static PersonRef parse(JsonNode in) {
    if (in == null || !in.isObject()) {
      return null;
    }
    return new PersonRef(Json.id(in), Json.str(in, "url"), Json.str(in, "name"), Json.str(in, "email"));
  }

  static PersonRef of(PersonRow p) {
    return new PersonRef(p.id(), p.url(), p.name(), p.email());
  }
}
