package io.github.patchwork4j.client;

import java.util.Objects;

/**
 * A partial update of a project, sent as {@code PATCH projects/{id}/} by {@code
 * pw.projects().update(id, update)}.
 *
 * <p>What the server does (docs/server-behaviour.md, "Projects"): only the project's maintainers
 * may update it (others get {@code 403}). The text fields are plain strings of at most 2000
 * characters that the server does not validate as URLs; an empty string blanks a field (the server
 * keeps blank fields as {@code ""}, never {@code null}). {@code list_archive_url}, {@code
 * list_archive_url_format} and {@code commit_url_format} need API 1.2, {@code show_dependencies}
 * API 1.4: an older version would ignore them silently, so the client refuses such an update with
 * {@code UnsupportedFeatureException} before sending. Name, link name, list id, list address,
 * subject match and maintainers are read-only.
 */
public final class ProjectUpdate {

  static final int MAX_TEXT = 2000;

  private final WriteBody body;

  private ProjectUpdate(WriteBody body) {
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
    return "ProjectUpdate" + body;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProjectUpdate && body.equals(((ProjectUpdate) o).body);
  }

  @Override
  public int hashCode() {
    return body.hashCode();
  }

  /** Builds a {@link ProjectUpdate}; each method touches one field, {@code ""} blanks it. */
  public static final class Builder {
    private final WriteBody.Builder body = WriteBody.builder();

    private Builder() {}

    /**
     * The project's web site ({@code web_url}).
     *
     * @param webUrl the web url
     * @return this builder
     */
    public Builder webUrl(String webUrl) {
      body.put("web_url", text("webUrl", webUrl));
      return this;
    }

    /**
     * The repository URL for {@code git clone} ({@code scm_url}).
     *
     * @param scmUrl the scm url
     * @return this builder
     */
    public Builder scmUrl(String scmUrl) {
      body.put("scm_url", text("scmUrl", scmUrl));
      return this;
    }

    /**
     * The repository's web view ({@code webscm_url}).
     *
     * @param webscmUrl the webscm url
     * @return this builder
     */
    public Builder webscmUrl(String webscmUrl) {
      body.put("webscm_url", text("webscmUrl", webscmUrl));
      return this;
    }

    /**
     * The mailing list archive ({@code list_archive_url}, API 1.2+).
     *
     * @param listArchiveUrl the list archive url
     * @return this builder
     */
    public Builder listArchiveUrl(String listArchiveUrl) {
      body.put("list_archive_url", text("listArchiveUrl", listArchiveUrl), ApiFeature.PROJECT_ARCHIVE_FIELDS);
      return this;
    }

    /**
     * The archive URL of one message, {@code {}} standing for the message-id ({@code
     * list_archive_url_format}, API 1.2+).
     *
     * @param format the URL pattern, {@code {}} standing for the message-id
     * @return this builder
     */
    public Builder listArchiveUrlFormat(String format) {
      body.put("list_archive_url_format", text("listArchiveUrlFormat", format), ApiFeature.PROJECT_ARCHIVE_FIELDS);
      return this;
    }

    /**
     * The web URL of one commit, {@code {}} standing for the commit SHA ({@code
     * commit_url_format}, API 1.2+).
     *
     * @param format the URL pattern, {@code {}} standing for the commit SHA
     * @return this builder
     */
    public Builder commitUrlFormat(String format) {
      body.put("commit_url_format", text("commitUrlFormat", format), ApiFeature.PROJECT_ARCHIVE_FIELDS);
      return this;
    }

    /**
     * Whether series of this project show {@code dependencies}/{@code dependents} ({@code
     * show_dependencies}, API 1.4+).
     *
     * @param showDependencies the new value
     * @return this builder
     */
    public Builder showDependencies(boolean showDependencies) {
      body.put("show_dependencies", showDependencies, ApiFeature.PROJECT_SHOW_DEPENDENCIES);
      return this;
    }

    /**
     * The update.
     *
     * @return the update
     * @throws IllegalArgumentException when nothing was touched
     */
    public ProjectUpdate build() {
      WriteBody built = body.build();
      if (built.isEmpty()) {
        throw new IllegalArgumentException(
            "ProjectUpdate is empty: touch at least one of webUrl, scmUrl, webscmUrl,"
                + " listArchiveUrl, listArchiveUrlFormat, commitUrlFormat or showDependencies");
      }
      return new ProjectUpdate(built);
    }

    private static String text(String field, String value) {
      Objects.requireNonNull(value, field + ": the server keeps no null here; use \"\" to blank it");
      if (value.length() > MAX_TEXT) {
        throw new IllegalArgumentException(
            field + ": the server keeps at most " + MAX_TEXT + " characters, got "
                + value.length());
      }
      return value;
    }
  }
}
