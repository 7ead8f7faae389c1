package io.github.patchwork4j.client;

/**
 * A partial update of a patch or cover comment, sent as {@code PATCH
 * patches/{id}/comments/{commentId}/} or {@code PATCH covers/{id}/comments/{commentId}/} by
 * {@code pw.comments()} (API 1.3+; the comment detail endpoint does not exist below 1.3, so the
 * client refuses the update there before sending).
 *
 * <p>What the server does (docs/server-behaviour.md, "Comments"): {@code addressed} is {@code
 * true}, {@code false} or {@code null} (not yet triaged). A patch comment may be updated by its
 * author's user or anyone who may edit the patch; a cover comment by its author's user, the cover's
 * submitter's user or a project maintainer; others get {@code 403}. The comment must belong to the
 * patch or cover in the URL, else {@code 404}. Each update makes the server emit another "comment
 * created" event.
 */
public final class CommentUpdate {

  private final WriteBody body;

  private CommentUpdate(WriteBody body) {
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
    return "CommentUpdate" + body;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CommentUpdate && body.equals(((CommentUpdate) o).body);
  }

  @Override
  public int hashCode() {
    return body.hashCode();
  }

  /** Builds a {@link CommentUpdate}. */
  public static final class Builder {
    private final WriteBody.Builder body = WriteBody.builder();

    private Builder() {}

    /**
     * Marks the comment addressed ({@code true}) or not addressed ({@code false}).
     *
     * @param addressed the new value
     * @return this builder
     */
    public Builder addressed(boolean addressed) {
      body.put("addressed", addressed, ApiFeature.COMMENT_ADDRESSED);
      return this;
    }

    /**
     * Clears {@code addressed} back to "not triaged" (sends {@code "addressed": null}).
     *
     * @return this builder
     */
    public Builder clearAddressed() {
      body.put("addressed", null, ApiFeature.COMMENT_ADDRESSED);
      return this;
    }

    /**
     * The update.
     *
     * @return the update
     * @throws IllegalArgumentException when nothing was touched
     */
    public CommentUpdate build() {
      WriteBody built = body.build();
      if (built.isEmpty()) {
        throw new IllegalArgumentException(
            "CommentUpdate is empty: call addressed(true/false) or clearAddressed()");
      }
      return new CommentUpdate(built);
    }
  }
}
