package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A comment as embedded in an event when it was stored.
 *
 * @param url the comment's API URL; null when the stored event had none (not sent then)
 */
record CommentRef(int id, String url, String webUrl, String msgid, String listArchiveUrl, String date) {

  static CommentRef parse(JsonNode in) {
    if (in == null || !in.isObject()) {
      return null;
    }
    return new CommentRef(Json.id(in), Json.str(in, "url"), Json.str(in, "web_url"), Json.str(in, "msgid"),
        Json.str(in, "list_archive_url"), Json.str(in, "date"));
  }

  static CommentRef of(CommentRow c) {
    return new CommentRef(c.id(), c.url(), c.webUrl(), c.msgid(), c.listArchiveUrl(), c.date());
  }
}
