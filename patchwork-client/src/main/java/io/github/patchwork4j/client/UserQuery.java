package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiContext;
import io.github.patchwork4j.client.internal.QueryParams;
import java.net.URI;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Search and order for {@code GET /users/} (authentication required). Immutable; build
 * with {@link #builder()}.
 */
public final class UserQuery {

  /** The fields the server sorts by (default: {@link Order#ID}). */
  public enum Order {
    /** User id. */
    ID("id"),
    /** User name. */
    USERNAME("username"),
    /** E-mail address. */
    EMAIL("email");

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

  private UserQuery(QuerySpec spec) {
    this.spec = spec;
  }

  /**
   * A query without filters: every user, in the default order.
   *
   * @return a query without filters: every user, in the default order
   */
  public static UserQuery all() {
    return new UserQuery(QuerySpec.empty());
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
    return o instanceof UserQuery q && q.spec.equals(spec);
  }

  @Override
  public int hashCode() {
    return spec.hashCode();
  }

  @Override
  public String toString() {
    return "UserQuery[" + spec + "]";
  }

  /** Builds a {@link UserQuery}; not thread-safe. */
  public static final class Builder {
    private final QuerySpec.Builder b;

    private Builder(QuerySpec.Builder b) {
      this.b = b;
    }

    /**
     * Case-insensitive search in user name, first and last name and e-mail address; the server splits the text on spaces and commas and requires every word.
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
    public UserQuery build() {
      return new UserQuery(b.build());
    }
  }
}
