package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiContext;
import io.github.patchwork4j.client.internal.QueryParams;
import io.github.patchwork4j.model.CheckState;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Filters and order for {@code GET /patches/{id}/checks/}. Immutable; build with
 * {@link #builder()}. The endpoint has no search ({@code q} is ignored by the server, so it
 * is not offered).
 */
public final class CheckQuery {

  /** The fields the server sorts by (default: {@link Order#ID}). */
  public enum Order {
    /** Check id, i.e. creation order. */
    ID("id"),
    /** The user who reported the check. */
    USER("user"),
    /** Creation date. */
    DATE("date"),
    /** State. */
    STATE("state"),
    /** Target URL. */
    TARGET_URL("target_url"),
    /** Context. */
    CONTEXT("context"),
    /** Description. */
    DESCRIPTION("description");

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

  private CheckQuery(QuerySpec spec) {
    this.spec = spec;
  }

  /**
   * A query without filters: every check of the patch, in the default order.
   *
   * @return a query without filters: every check of the patch, in the default order
   */
  public static CheckQuery all() {
    return new CheckQuery(QuerySpec.empty());
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
    return o instanceof CheckQuery q && q.spec.equals(spec);
  }

  @Override
  public int hashCode() {
    return spec.hashCode();
  }

  @Override
  public String toString() {
    return "CheckQuery[" + spec + "]";
  }

  /** Builds a {@link CheckQuery}; not thread-safe. */
  public static final class Builder {
    private final QuerySpec.Builder b;

    private Builder(QuerySpec.Builder b) {
      this.b = b;
    }

    /**
     * Checks reported by the user with this id; repeat for OR (API 1.1+).
     *
     * @param userId the user's id
     * @return this builder
     */
    public Builder user(long userId) {
      b.add("user", QuerySpec.id(userId));
      return this;
    }

    /**
     * Checks reported by the user with this user name (API 1.1+); repeat for OR.
     *
     * @param username the user name
     * @return this builder
     */
    public Builder user(String username) {
      b.add("user", QuerySpec.name(username, "user")).feature(ApiFeature.FILTER_BY_NAME);
      return this;
    }

    /**
     * Checks in this state. Sent as the state's integer code (0 pending, 1 success, 2
     * warning, 3 fail): the server's filter takes only the integer and answers {@code []} to
     * a name.
     *
     * @param state the state the checks must have
     * @return this builder
     * @throws IllegalArgumentException for a state without a code (one the SDK does not know)
     */
    public Builder state(CheckState state) {
      Objects.requireNonNull(state, "state");
      OptionalInt code = state.code();
      if (code.isEmpty()) {
        throw new IllegalArgumentException(
            "check state '" + state.value() + "' has no numeric code; the server's state filter takes only "
                + CheckState.known());
      }
      b.set("state", Integer.toString(code.getAsInt()));
      return this;
    }

    /**
     * Checks with exactly this context (e.g. {@code build}).
     *
     * @param context the check context, e.g. {@code build}
     * @return this builder
     */
    public Builder context(String context) {
      b.set("context", QuerySpec.text(context, "context"));
      return this;
    }

    /**
     * Items dated at or after this time: naive, as the server stores it; sent without zone, at most microseconds.
     *
     * @param inclusive the earliest time, inclusive (naive, as the server stores it)
     * @return this builder
     */
    public Builder since(LocalDateTime inclusive) {
      b.set("since", QuerySpec.dateTime(inclusive));
      return this;
    }

    /**
     * Items dated before this time (naive, like {@link #since}).
     *
     * @param exclusive the end of the period, exclusive (naive, as the server stores it)
     * @return this builder
     */
    public Builder before(LocalDateTime exclusive) {
      b.set("before", QuerySpec.dateTime(exclusive));
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
    public CheckQuery build() {
      return new CheckQuery(b.build());
    }
  }
}
