package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiContext;
import io.github.patchwork4j.client.internal.QueryParams;
import java.net.URI;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Filters, search and order for {@code GET /bundles/}: public bundles, plus the caller's own
 * private ones when authenticated. Immutable; build with {@link #builder()}. Multi-value
 * filters may be repeated (the server ORs them).
 */
public final class BundleQuery {

  /** The fields the server sorts by (default: {@link Order#ID}). */
  public enum Order {
    /** Bundle id. */
    ID("id"),
    /** Bundle name. */
    NAME("name"),
    /** Owner. */
    OWNER("owner");

    private final String field;

    Order(String field) {
      this.field = field;
    }

    /**
     * The name the server knows the field by.
     *
     * @return the name the server knows the field by
     */
    public String field() {
      return field;
    }
  }

  private final QuerySpec spec;

  private BundleQuery(QuerySpec spec) {
    this.spec = spec;
  }

  /**
   * A query without filters: every visible bundle, in the default order.
   *
   * @return a query without filters: every visible bundle, in the default order
   */
  public static BundleQuery all() {
    return new BundleQuery(QuerySpec.empty());
  }

  /**
   * A new builder.
   *
   * @return this builder
   */
  public static Builder builder() {
    return new Builder(new QuerySpec.Builder());
  }

  /**
   * A builder holding this query's settings.
   *
   * @return this builder
   */
  public Builder toBuilder() {
    return new Builder(spec.toBuilder());
  }

  /**
   * The page size the query asks for, if set.
   *
   * @return the page size the query asks for, if set
   */
  public OptionalInt pageSize() {
    return spec.pageSize();
  }

  void writeTo(ApiContext ctx, QueryParams out, URI endpoint) {
    spec.writeTo(ctx, out, endpoint);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BundleQuery q && q.spec.equals(spec);
  }

  @Override
  public int hashCode() {
    return spec.hashCode();
  }

  @Override
  public String toString() {
    return "BundleQuery[" + spec + "]";
  }

  /** Builds a {@link BundleQuery}; not thread-safe. */
  public static final class Builder {
    private final QuerySpec.Builder b;

    private Builder(QuerySpec.Builder b) {
      this.b = b;
    }

    /**
     * Items of the project with this link name (not an id, no comma); repeat for OR (API 1.1+).
     *
     * @param linkName the project's link name, e.g. {@code qemu-devel}
     * @return this builder
     */
    public Builder project(String linkName) {
      b.add("project", QuerySpec.name(linkName, "project"));
      return this;
    }

    /**
     * Items of the project with this id; repeat for OR (API 1.1+).
     *
     * @param id the project's id
     * @return this builder
     */
    public Builder project(long id) {
      b.add("project", QuerySpec.id(id));
      return this;
    }

    /**
     * Bundles owned by the user with this id; repeat for OR (API 1.1+).
     *
     * @param userId the user's id
     * @return this builder
     */
    public Builder owner(long userId) {
      b.add("owner", QuerySpec.id(userId));
      return this;
    }

    /**
     * Bundles owned by the user with this user name (API 1.1+); repeat for OR.
     *
     * @param username the user name
     * @return this builder
     */
    public Builder owner(String username) {
      b.add("owner", QuerySpec.name(username, "owner")).feature(ApiFeature.FILTER_BY_NAME);
      return this;
    }

    /**
     * Only public ({@code true}) or only private ({@code false}) bundles.
     *
     * @param isPublic whether the bundle is public
     * @return this builder
     */
    public Builder isPublic(boolean isPublic) {
      b.set("public", Boolean.toString(isPublic));
      return this;
    }

    /**
     * Case-insensitive search in the bundle name; the server splits the text on spaces and commas and requires every word.
     *
     * @param search the words to search for
     * @return this builder
     */
    public Builder q(String search) {
      b.set("q", QuerySpec.text(search, "q"));
      return this;
    }

    /**
     * Sort by this field, ascending, after any earlier order fields.
     *
     * @param field the field to sort by
     * @return this builder
     */
    public Builder orderBy(Order field) {
      b.order(Objects.requireNonNull(field, "order").field(), false);
      return this;
    }

    /**
     * Sort by this field, descending, after any earlier order fields.
     *
     * @param field the field to sort by
     * @return this builder
     */
    public Builder orderByDescending(Order field) {
      b.order(Objects.requireNonNull(field, "order").field(), true);
      return this;
    }

    /**
     * {@code per_page} (default 250; the server clamps to its maximum, 250 or 30 before 2.2).
     *
     * @param size the number of items per page, at most 250
     * @return this builder
     */
    public Builder pageSize(int size) {
      b.pageSize(size);
      return this;
    }

    /**
     * The query.
     *
     * @return the query
     */
    public BundleQuery build() {
      return new BundleQuery(b.build());
    }
  }
}
