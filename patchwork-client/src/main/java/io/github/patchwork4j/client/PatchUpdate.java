package io.github.patchwork4j.client;

import io.github.patchwork4j.model.PatchState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A partial update of a patch, sent as {@code PATCH patches/{id}/} by
 * {@code pw.patches().update(id, update)}.
 *
 * <p>Every field has three cases: not touched (absent from the body, the server leaves it
 * alone), cleared (JSON {@code null}, only where the server allows it) and set. Build one with
 * {@link #builder()}; an update that touches nothing is refused by {@link Builder#build()}.
 *
 * <p>What the server does with each field (reference §8.3):
 *
 * <ul>
 *   <li>{@code state}: written as the state's slug (an integer makes the server fail with 500);
 *       an unknown slug is answered {@code 400} listing the valid slugs. A state cannot be
 *       cleared.
 *   <li>{@code delegate}: a user id; the user must maintain the patch's project, else {@code
 *       400}. {@code null} removes the delegate.
 *   <li>{@code archived}: a boolean.
 *   <li>{@code commit_ref}, {@code pull_url}: free text up to 255 characters (the pull URL is not
 *       validated as a URL); {@code null} clears.
 *   <li>{@code related} (API 1.2+): patch ids; <em>additive</em> — see {@link
 *       Builder#related(Collection)}.
 * </ul>
 *
 * <p>Who may send it: a maintainer of the patch's project, the patch's delegate, or the user
 * linked to the submitter's address; changing {@code related} needs maintainer rights on every
 * project involved. Anyone else gets {@code 403}. The client never sends {@code PUT} for patches:
 * the server's PUT resets {@code related} and so needs maintainer rights.
 */
public final class PatchUpdate {

  static final int MAX_TEXT = 255;

  private final WriteBody body;

  private PatchUpdate(WriteBody body) {
    this.body = body;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  WriteBody body() {
    return body;
  }

  /** The JSON body this update sends, e.g. {@code {"state":"accepted","delegate":null}}. */
  @Override
  public String toString() {
    return "PatchUpdate" + body;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PatchUpdate && body.equals(((PatchUpdate) o).body);
  }

  @Override
  public int hashCode() {
    return body.hashCode();
  }

  /** Builds a {@link PatchUpdate}; each method touches one field, the last call for a field wins. */
  public static final class Builder {
    private final WriteBody.Builder body = WriteBody.builder();

    private Builder() {}

    /**
     * Sets the patch's state. Sent as {@link PatchState#slug()}, which the server matches against
     * its state slugs (a custom state of the instance works when its slug is given).
     */
    public Builder state(PatchState state) {
      Objects.requireNonNull(state, "state: a patch state cannot be cleared; leave it untouched");
      body.put("state", state.slug());
      return this;
    }

    /**
     * Delegates the patch to the user with this id (a {@code users/} id, not a person id). The
     * server answers {@code 400} when that user does not maintain the patch's project.
     */
    public Builder delegate(long userId) {
      if (userId <= 0) {
        throw new IllegalArgumentException(
            "delegate: a user id is positive, got " + userId + "; use clearDelegate() to remove");
      }
      body.put("delegate", userId);
      return this;
    }

    /** Removes the patch's delegate (sends {@code "delegate": null}). */
    public Builder clearDelegate() {
      body.put("delegate", null);
      return this;
    }

    /** Archives ({@code true}) or unarchives ({@code false}) the patch. */
    public Builder archived(boolean archived) {
      body.put("archived", archived);
      return this;
    }

    /** Sets the commit the patch was merged as (≤ 255 characters). */
    public Builder commitRef(String commitRef) {
      body.put("commit_ref", text("commitRef", commitRef, "clearCommitRef()"));
      return this;
    }

    /** Clears the commit reference (sends {@code "commit_ref": null}). */
    public Builder clearCommitRef() {
      body.put("commit_ref", null);
      return this;
    }

    /** Sets the pull request URL (≤ 255 characters; the server does not check it is a URL). */
    public Builder pullUrl(String pullUrl) {
      body.put("pull_url", text("pullUrl", pullUrl, "clearPullUrl()"));
      return this;
    }

    /** Clears the pull request URL (sends {@code "pull_url": null}). */
    public Builder clearPullUrl() {
      body.put("pull_url", null);
      return this;
    }

    /**
     * Relates the patch to other patches (API 1.2+). The server's semantics are additive: this
     * patch, the members of its current relation and the listed patches all end up in one
     * relation (patch 1 in {1,2,3}, {@code related(2, 4)} on patch 1 → {1,2,3,4}); nothing is
     * removed. An <em>empty</em> list is different: it removes this patch from its relation (a
     * relation left with one member is deleted).
     *
     * <p>The server answers {@code 409} ({@code ConflictException}) when a listed patch already
     * belongs to another relation, and {@code 403} unless the caller maintains the projects of
     * all patches involved. A server below API 1.2 would ignore the field, so the client refuses
     * the update there with {@code UnsupportedFeatureException}.
     *
     * @param patchIds patch ids; empty removes this patch from its relation
     */
    public Builder related(Collection<Long> patchIds) {
      Objects.requireNonNull(patchIds, "related: give patch ids, or an empty list to unrelate");
      List<Long> ids = new ArrayList<>(patchIds.size());
      for (Long id : patchIds) {
        if (id == null || id <= 0) {
          throw new IllegalArgumentException("related: patch ids are positive, got " + id);
        }
        ids.add(id);
      }
      body.put("related", List.copyOf(ids), ApiFeature.PATCH_RELATIONS);
      return this;
    }

    /**
     * Same as {@link #related(Collection)}; {@code related()} with no ids removes this patch from
     * its relation.
     */
    public Builder related(long... patchIds) {
      Objects.requireNonNull(patchIds, "related: give patch ids, or none to unrelate");
      List<Long> ids = new ArrayList<>(patchIds.length);
      for (long id : patchIds) {
        ids.add(id);
      }
      return related(ids);
    }

    /**
     * The update.
     *
     * @throws IllegalArgumentException when nothing was touched: an empty PATCH changes nothing
     */
    public PatchUpdate build() {
      WriteBody built = body.build();
      if (built.isEmpty()) {
        throw new IllegalArgumentException(
            "PatchUpdate is empty: touch at least one of state, delegate, archived, commitRef,"
                + " pullUrl or related");
      }
      return new PatchUpdate(built);
    }

    private static String text(String field, String value, String clearer) {
      Objects.requireNonNull(value, field + ": null is not a value; use " + clearer + " to clear");
      if (value.length() > MAX_TEXT) {
        throw new IllegalArgumentException(
            field + ": the server keeps at most " + MAX_TEXT + " characters, got "
                + value.length());
      }
      return value;
    }
  }
}
