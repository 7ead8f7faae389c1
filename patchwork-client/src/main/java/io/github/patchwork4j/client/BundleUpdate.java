package io.github.patchwork4j.client;

import java.util.Collection;

/**
 * A partial update of a bundle, sent as {@code PATCH bundles/{id}/} by {@code
 * pw.bundles().update(id, update)} (API 1.2+; through 1.0 and 1.1 the server answers {@code
 * 405}, so the client refuses it before sending).
 *
 * <p>What the server does (reference §8.7): only the owner may update a bundle (another user gets
 * {@code 403} for a public bundle, {@code 404} for a private one). Untouched fields stay as they
 * are; {@code patches} <em>replaces</em> the whole list, in the given order (the order of the
 * bundle's mbox). A rename is checked like a new bundle's name: the server fails with HTTP 500
 * when the owner already has a bundle of that name, so the client looks first.
 */
public final class BundleUpdate {

  private final WriteBody body;

  private BundleUpdate(WriteBody body) {
    this.body = body;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  WriteBody body() {
    return body;
  }

  /** The JSON body this update sends. */
  @Override
  public String toString() {
    return "BundleUpdate" + body;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BundleUpdate && body.equals(((BundleUpdate) o).body);
  }

  @Override
  public int hashCode() {
    return body.hashCode();
  }

  /** Builds a {@link BundleUpdate}; each method touches one field. */
  public static final class Builder {
    private final WriteBody.Builder body = WriteBody.builder();

    private Builder() {}

    /** Renames the bundle (1–50 characters, not blank; sent trimmed, as the server stores it). */
    public Builder name(String name) {
      body.put("name", BundleNames.name(name));
      return this;
    }

    /** Makes the bundle public ({@code true}) or private ({@code false}). */
    public Builder isPublic(boolean isPublic) {
      body.put("public", isPublic);
      return this;
    }

    /**
     * Replaces the bundle's patches with these, in this order: at least one, each once, all of
     * the bundle's project.
     */
    public Builder patches(Collection<Long> patchIds) {
      body.put("patches", BundleNames.patches(patchIds));
      return this;
    }

    /** Same as {@link #patches(Collection)}. */
    public Builder patches(long... patchIds) {
      body.put("patches", BundleNames.patches(patchIds));
      return this;
    }

    /**
     * The update.
     *
     * @throws IllegalArgumentException when nothing was touched
     */
    public BundleUpdate build() {
      WriteBody built = body.build();
      if (built.isEmpty()) {
        throw new IllegalArgumentException(
            "BundleUpdate is empty: touch at least one of name, isPublic or patches");
      }
      return new BundleUpdate(built);
    }
  }
}
