package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** A check as embedded in an event when it was stored. */
record CheckRef(int id, String url, String date, String state, String targetUrl, String context) {

  static CheckRef parse(JsonNode in) {
    if (in == null || !in.isObject()) {
      return null;
    }
    return new CheckRef(Json.id(in), Json.str(in, "url"), Json.str(in, "date"), Json.str(in, "state"),
        Json.str(in, "target_url"), Json.str(in, "context"));
  }

  static CheckRef of(CheckRow c) {
    return new CheckRef(c.id(), c.url(), c.date(), c.state(), c.targetUrl(), c.context());
  }
}
