package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** A series as embedded in a patch, a cover letter or an event when it was stored. */
record SeriesRef(int id, String url, String webUrl, String date, String name, int version, String mbox) {

  static SeriesRef parse(JsonNode in) {
    if (in == null || !in.isObject()) {
      return null;
    }
    return new SeriesRef(Json.id(in), Json.str(in, "url"), Json.str(in, "web_url"), Json.str(in, "date"),
        Json.str(in, "name"), in.path("version").asInt(), Json.str(in, "mbox"));
  }
}
