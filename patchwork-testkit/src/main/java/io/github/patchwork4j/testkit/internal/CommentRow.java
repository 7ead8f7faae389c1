package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A comment on a patch or a cover letter.
 *
 * @param submitter the submitter as embedded when stored
 * @param headers the mail headers as the API sends them
 * @param addressed API 1.3's flag; null when never set
 */
record CommentRow(int id, String url, String webUrl, String msgid, String listArchiveUrl, String date,
    String subject, PersonRef submitter, String content, JsonNode headers, Boolean addressed) implements Row {

  static CommentRow parse(JsonNode in) {
    JsonNode addressed = in.get("addressed");
    return new CommentRow(Json.id(in), Json.str(in, "url"), Json.str(in, "web_url"), Json.str(in, "msgid"),
        Json.str(in, "list_archive_url"), Json.str(in, "date"), Json.str(in, "subject"),
        PersonRef.parse(in.get("submitter")), Json.str(in, "content"),
        in.has("headers") ? in.get("headers").deepCopy() : Json.object(),
        addressed == null || addressed.isNull() ? null : addressed.asBoolean());
  }

  int submitterId() {
    return submitter == null ? -1 : submitter.id();
  }

  CommentRow withAddressed(Boolean value) {
    return new CommentRow(id, url, webUrl, msgid, listArchiveUrl, date, subject, submitter, content, headers, value);
  }
}
