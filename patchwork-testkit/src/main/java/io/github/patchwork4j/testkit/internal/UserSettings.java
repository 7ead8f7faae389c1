package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A user's settings (API 1.2). A value may be null when a data set or a test hook stored none.
 *
 * @param itemsPerPage the page size of the web lists
 */
record UserSettings(Boolean sendEmail, Integer itemsPerPage, Boolean showIds) {

  /** The server's defaults: no mail, 100 items per page, no ids shown. */
  static final UserSettings DEFAULT = new UserSettings(false, 100, false);

  /** These settings with the fields the JSON object has (a JSON null stores null). */
  UserSettings with(JsonNode in) {
    return new UserSettings(
        in.has("send_email") ? bool(in.get("send_email")) : sendEmail,
        in.has("items_per_page") ? (in.get("items_per_page").isNull() ? null : in.get("items_per_page").asInt())
            : itemsPerPage,
        in.has("show_ids") ? bool(in.get("show_ids")) : showIds);
  }

  private static Boolean bool(JsonNode v) {
    return v.isNull() ? null : v.asBoolean();
  }

  /** These settings with the fields that are not null in {@code changes}. */
  UserSettings with(UserSettings changes) {
    return new UserSettings(changes.sendEmail() != null ? changes.sendEmail() : sendEmail,
        changes.itemsPerPage() != null ? changes.itemsPerPage() : itemsPerPage,
        changes.showIds() != null ? changes.showIds() : showIds);
  }
}
