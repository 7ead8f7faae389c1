package io.github.patchwork4j.client;

import io.github.patchwork4j.model.ApiVersion;

/**
 * The parts of the REST API that appeared after 1.0 and that the server gates by the API
 * version in the URL: below the listed version an endpoint answers an HTML 404, a filter is
 * silently ignored (the list is not filtered at all), a write answers 405 or is ignored. The
 * client checks these before sending and fails the call with
 * {@link io.github.patchwork4j.client.error.UnsupportedFeatureException} instead.
 *
 * <p>Some changes came with the Patchwork release that introduced an API version and apply to
 * every version such a server serves ("server-wide" in docs/server-behaviour.md, "Versions"). They
 * are listed here at that API version too: a server that offers at most an older version is an
 * older release, which would silently ignore them; a client pinned to an older version cannot tell,
 * so it refuses as well (pin a newer version when the server has it). Changes that came with a
 * release that brought no new API version (the {@code msgid} filters of Patchwork 3.0, on a 2.2.x
 * server) cannot be detected from the version.
 */
public enum ApiFeature {
  /** {@code GET /patches/{id}/comments/} and {@code /covers/{id}/comments/} (API 1.1). */
  COMMENTS(ApiVersion.V1_1, "comment lists of patches and covers"),
  /** {@code /patches/{id}/comments/{comment_id}/} and the cover equivalent (API 1.3). */
  COMMENT_DETAIL(ApiVersion.V1_3, "single comments (…/comments/{id}/)"),
  /** The {@code addressed} flag of comments, readable and writable (API 1.3). */
  COMMENT_ADDRESSED(ApiVersion.V1_3, "the comment \"addressed\" flag"),
  /**
   * Repeating a filter to match any of several values, e.g. {@code ?project=a&project=b}
   * (Patchwork 2.1, server-wide: API 1.1). Patchwork 2.0 keeps only one of the values.
   */
  MULTI_VALUE_FILTERS(ApiVersion.V1_1, "repeating a filter to match any of several values"),
  /**
   * Filtering by a person's e-mail address ({@code submitter}) or a user name ({@code
   * delegate}, {@code owner}, {@code user}) instead of an id (Patchwork 2.1, server-wide: API
   * 1.1). Patchwork 2.0 knows people and users by id only.
   */
  FILTER_BY_NAME(ApiVersion.V1_1, "filtering by e-mail address or user name"),
  /** The {@code hash} filter of the patch list (API 1.2). */
  PATCH_HASH_FILTER(ApiVersion.V1_2, "the patches \"hash\" filter"),
  /** The {@code msgid} filter of the patch list (API 1.2; Patchwork 2.2.x ignores it). */
  PATCH_MSGID_FILTER(ApiVersion.V1_2, "the patches \"msgid\" filter"),
  /** The {@code actor} filter of the event list (API 1.2). */
  EVENT_ACTOR_FILTER(ApiVersion.V1_2, "the events \"actor\" filter"),
  /**
   * Ordering events oldest first, {@code order=date} (Patchwork 2.2, server-wide: API 1.2).
   * Older servers drop the order and answer newest first.
   */
  EVENT_DATE_ORDER(ApiVersion.V1_2, "ordering events oldest first (order=date)"),
  /**
   * The comment event categories {@code cover-comment-created} and {@code
   * patch-comment-created} (API 1.3): through older versions the server hides these events, so
   * filtering by them answers an empty list.
   */
  COMMENT_EVENTS(ApiVersion.V1_3, "the comment event categories"),
  /**
   * The {@code msgid} filter of the cover list (Patchwork 3.0, not gated by the server; checked
   * at API 1.2, the newest version of the releases before 3.0 — Patchwork 2.2.x, which also
   * offers 1.2, still ignores it).
   */
  COVER_MSGID_FILTER(ApiVersion.V1_2, "the covers \"msgid\" filter"),
  /** Creating, changing and deleting bundles; 1.0 and 1.1 answer 405 (API 1.2). */
  BUNDLE_WRITES(ApiVersion.V1_2, "creating, changing and deleting bundles"),
  /** A patch's {@code related} patches, readable and writable (API 1.2). */
  PATCH_RELATIONS(ApiVersion.V1_2, "patch relations (\"related\")"),
  /** The {@code settings} of the caller's own user (API 1.2). */
  USER_SETTINGS(ApiVersion.V1_2, "user settings"),
  /**
   * The project fields {@code list_archive_url}, {@code list_archive_url_format} and {@code
   * commit_url_format} (API 1.2).
   */
  PROJECT_ARCHIVE_FIELDS(ApiVersion.V1_2, "the project fields list_archive_url, list_archive_url_format and commit_url_format"),
  /** The project's {@code show_dependencies} switch (API 1.4). */
  PROJECT_SHOW_DEPENDENCIES(ApiVersion.V1_4, "the project \"show_dependencies\" switch"),
  /** Series {@code dependencies} and {@code dependents} (API 1.4). */
  SERIES_DEPENDENCIES(ApiVersion.V1_4, "series dependencies and dependents");

  private final ApiVersion since;
  private final String description;

  ApiFeature(ApiVersion since, String description) {
    this.since = since;
    this.description = description;
  }

  /**
   * The first API version that has the feature.
   *
   * @return the first API version that has the feature
   */
  public ApiVersion since() {
    return since;
  }

  /**
   * A short description for messages, e.g. {@code the patches "hash" filter}.
   *
   * @return a short description for messages, e.g. {@code the patches "hash" filter}
   */
  public String description() {
    return description;
  }

  /**
   * True when requests through API {@code version} have the feature.
   *
   * @param version the API version
   * @return {@code true} when requests through API {@code version} have the feature
   */
  public boolean isAvailableIn(ApiVersion version) {
    return version.isAtLeast(since);
  }
}
