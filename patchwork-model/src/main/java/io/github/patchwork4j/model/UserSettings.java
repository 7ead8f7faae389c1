package io.github.patchwork4j.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A user's own web UI settings, the {@code settings} object the server adds to {@code GET
 * /users/{id}/} only when the caller is that user and the API version is 1.2 or newer. Writable
 * by that user.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUserSettings.class)
@JsonDeserialize(as = ImmutableUserSettings.class)
public abstract class UserSettings {

  UserSettings() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutableUserSettings}
   */
  public static ImmutableUserSettings.Builder builder() {
    return ImmutableUserSettings.builder();
  }

  /**
   * Whether Patchwork sends this user e-mail notifications (API 1.2).
   *
   * @return the setting
   */
  @JsonProperty("send_email")
  public abstract boolean sendEmail();

  /**
   * How many items the web UI shows per page (API 1.2).
   *
   * @return the page size
   */
  @JsonProperty("items_per_page")
  public abstract int itemsPerPage();

  /**
   * Whether the web UI shows patch ids (API 1.2).
   *
   * @return the setting
   */
  @JsonProperty("show_ids")
  public abstract boolean showIds();
}
