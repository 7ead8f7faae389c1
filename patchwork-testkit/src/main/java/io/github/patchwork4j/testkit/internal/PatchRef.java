package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** A patch or a cover letter as embedded in a series, a bundle or an event when it was stored. */
record PatchRef(int id, String url, String webUrl, String msgid, String listArchiveUrl, String date, String name,
    String mbox) {

  static PatchRef parse(JsonNode in) {
    if (in == null || !in.isObject()) {
      return null;
    }
    return new PatchRef(Json.id(in), Json.str(in, "url"), Json.str(in, "web_url"), Json.str(in, "msgid"),
        Json.str(in, "list_archive_url"), Json.str(in, "date"), Json.str(in, "name"), Json.str(in, "mbox"));
  }
}
