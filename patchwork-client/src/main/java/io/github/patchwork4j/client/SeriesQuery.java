package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiContext;
import io.github.patchwork4j.client.internal.QueryParams;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Filters, search and order for {@code GET /series/}. Immutable; build with
 * {@link #builder()}. Multi-value filters may be repeated (the server ORs them).
 *
 * <p>{@code received_all} is not offered as an order: the server lists it but answers HTTP
 * 500; sort client-side.
 */
public final class SeriesQuery {

  /** The fields the server sorts by (default: {@link Order#ID}). */
  public enum Order {
    /** Series id, i.e. arrival order. */
    ID("id"),
    /** Series name. */
    NAME("name"),
    /** Date of the series. */
    DATE("date"),
    /** Submitter. */
    SUBMITTER("submitter");

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

  private SeriesQuery(QuerySpec spec) {
    this.spec = spec;
  }

  /**
   * A query without filters: every series, in the default order.
   *
   * @return a query without filters: every series, in the default order
   */
  public static SeriesQuery all() {
    return new SeriesQuery(QuerySpec.empty());
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
    return o instanceof SeriesQuery q && q.spec.equals(spec);
  }

  @Override
  public int hashCode() {
    return spec.hashCode();
  }

  @Override
  public String toString() {
    return "SeriesQuery[" + spec + "]";
  }

  /** Builds a {@link SeriesQuery}; not thread-safe. */
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
     * Items submitted by the person with this id; repeat for OR (API 1.1+).
     *
     * @param personId the person's id
     * @return this builder
     */
    public Builder submitter(long personId) {
      b.add("submitter", QuerySpec.id(personId));
      return this;
    }

    /**
     * Items submitted from this e-mail address (API 1.1+); repeat for OR.
     *
     * @param email the e-mail address
     * @return this builder
     */
    public Builder submitter(String email) {
      b.add("submitter", QuerySpec.name(email, "submitter")).feature(ApiFeature.FILTER_BY_NAME);
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
     * Case-insensitive search in the series name; the server splits the text on spaces and commas and requires every word.
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
    public SeriesQuery build() {
      return new SeriesQuery(b.build());
    }
  }
}
