package io.github.patchwork4j.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A partial update of the caller's own account, sent as {@code PATCH users/{id}/} by {@code
 * pw.users().update(id, update)}.
 *
 * <p>What the server does (docs/server-behaviour.md, "Users"): a user may update only their own
 * account — anyone else, superusers included, gets {@code 403}. Names are plain text ({@code ""}
 * blanks one). {@code settings} (API 1.2+) is a partial object: only the settings touched here are
 * sent and changed. Through API 1.0/1.1 the server accepts {@code settings} but ignores it, so the
 * client refuses such an update with {@code UnsupportedFeatureException} before sending. {@code
 * username} and {@code email} cannot be changed through the API.
 */
public final class UserUpdate {

  private final WriteBody body;

  private UserUpdate(WriteBody body) {
    this.body = body;
  }

  /**
   * A new, empty builder.
   *
   * @return this builder
   */
  public static Builder builder() {
    return new Builder();
  }

  WriteBody body() {
    return body;
  }

  /** The JSON body this update sends. */
  @Override
  public String toString() {
    return "UserUpdate" + body;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UserUpdate && body.equals(((UserUpdate) o).body);
  }

  @Override
  public int hashCode() {
    return body.hashCode();
  }

  /** Builds a {@link UserUpdate}; each method touches one field. */
  public static final class Builder {
    private final WriteBody.Builder body = WriteBody.builder();
    private final Map<String, Object> settings = new LinkedHashMap<>();

    private Builder() {}

    /**
     * The first name ({@code ""} blanks it).
     *
     * @param firstName the first name
     * @return this builder
     */
    public Builder firstName(String firstName) {
      body.put("first_name", Objects.requireNonNull(firstName, "firstName: use \"\" to blank it"));
      return this;
    }

    /**
     * The last name ({@code ""} blanks it).
     *
     * @param lastName the last name
     * @return this builder
     */
    public Builder lastName(String lastName) {
      body.put("last_name", Objects.requireNonNull(lastName, "lastName: use \"\" to blank it"));
      return this;
    }

    /**
     * Setting {@code send_email} (API 1.2+): whether Patchwork mails the user.
     *
     * @param sendEmail the new value
     * @return this builder
     */
    public Builder sendEmail(boolean sendEmail) {
      settings.put("send_email", sendEmail);
      return this;
    }

    /**
     * Setting {@code items_per_page} (API 1.2+): list length of the web UI, positive.
     *
     * @param itemsPerPage the items per page
     * @return this builder
     */
    public Builder itemsPerPage(int itemsPerPage) {
      if (itemsPerPage <= 0) {
        throw new IllegalArgumentException(
            "itemsPerPage: a positive number of items, got " + itemsPerPage);
      }
      settings.put("items_per_page", itemsPerPage);
      return this;
    }

    /**
     * Setting {@code show_ids} (API 1.2+): whether the web UI shows patch ids.
     *
     * @param showIds the new value
     * @return this builder
     */
    public Builder showIds(boolean showIds) {
      settings.put("show_ids", showIds);
      return this;
    }

    /**
     * The update.
     *
     * @return the update
     * @throws IllegalArgumentException when nothing was touched
     */
    public UserUpdate build() {
      if (!settings.isEmpty()) {
        body.put("settings", Collections.unmodifiableMap(new LinkedHashMap<>(settings)),
            ApiFeature.USER_SETTINGS);
      }
      WriteBody built = body.build();
      if (built.isEmpty()) {
        throw new IllegalArgumentException(
            "UserUpdate is empty: touch at least one of firstName, lastName, sendEmail,"
                + " itemsPerPage or showIds");
      }
      return new UserUpdate(built);
    }
  }
}
