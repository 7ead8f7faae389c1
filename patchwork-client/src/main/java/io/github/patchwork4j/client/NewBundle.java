package io.github.patchwork4j.client;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A bundle to create with {@code pw.bundles().create(bundle)}: {@code POST bundles/} (API 1.2+;
 * through 1.0 and 1.1 the server answers {@code 405}, so the client refuses it before sending).
 *
 * <p>What the server does (reference §8.7): the caller becomes the owner; the bundle's project is
 * the first patch's project, and every patch must belong to it ({@code 400} otherwise); {@code
 * public} defaults to {@code false}; the answer is {@code 201} with the bundle. A name the owner
 * already uses makes the server fail with {@code 500}, which is why {@code create} looks for the
 * name first.
 */
public final class NewBundle {

  private final String name;
  private final List<Long> patches;
  private final Boolean isPublic;
  private final WriteBody body;

  private NewBundle(String name, List<Long> patches, Boolean isPublic) {
    this.name = name;
    this.patches = patches;
    this.isPublic = isPublic;
    WriteBody.Builder w = WriteBody.builder().put("name", name).put("patches", patches);
    if (isPublic != null) {
      w.put("public", isPublic);
    }
    this.body = w.build();
  }

  /** A new, empty builder; {@code name} and {@code patches} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The bundle's name. */
  public String name() {
    return name;
  }

  /** The patch ids, in bundle order (the order of the bundle's mbox). */
  public List<Long> patches() {
    return patches;
  }

  /** Whether the bundle is public; empty when left to the server (which makes it private). */
  public Optional<Boolean> isPublic() {
    return Optional.ofNullable(isPublic);
  }

  WriteBody body() {
    return body;
  }

  /** The JSON body this bundle sends. */
  @Override
  public String toString() {
    return "NewBundle" + body;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewBundle && body.equals(((NewBundle) o).body);
  }

  @Override
  public int hashCode() {
    return body.hashCode();
  }

  /** Builds a {@link NewBundle}. */
  public static final class Builder {
    private String name;
    private List<Long> patches;
    private Boolean isPublic;

    private Builder() {}

    /** The bundle's name: 1–50 characters, not blank, not one the owner already uses. */
    public Builder name(String name) {
      this.name = BundleNames.name(name);
      return this;
    }

    /**
     * The bundle's patches, in bundle order: at least one, each once, all of one project.
     */
    public Builder patches(Collection<Long> patchIds) {
      this.patches = BundleNames.patches(patchIds);
      return this;
    }

    /** Same as {@link #patches(Collection)}. */
    public Builder patches(long... patchIds) {
      this.patches = BundleNames.patches(patchIds);
      return this;
    }

    /** Whether anyone may see the bundle; the server's default is private. */
    public Builder isPublic(boolean isPublic) {
      this.isPublic = isPublic;
      return this;
    }

    /**
     * The bundle.
     *
     * @throws IllegalArgumentException when the name or the patches are missing
     */
    public NewBundle build() {
      if (name == null) {
        throw new IllegalArgumentException("NewBundle needs a name: call name(\"…\")");
      }
      if (patches == null) {
        throw new IllegalArgumentException(
            "NewBundle needs patches: call patches(id, …) with at least one patch id");
      }
      return new NewBundle(name, patches, isPublic);
    }
  }
}
