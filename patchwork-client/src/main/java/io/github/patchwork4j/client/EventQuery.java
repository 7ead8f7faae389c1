package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiContext;
import io.github.patchwork4j.client.internal.QueryParams;
import io.github.patchwork4j.model.EventCategory;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Filters and order for {@code GET /events/}. The server's default order is newest first;
 * {@code orderBy(Order.DATE)} gives oldest first (Patchwork 2.2+). Immutable; build with
 * {@link #builder()}. Multi-value filters may be repeated (the server ORs them).
 *
 * <p>To follow the feed, use {@link EventResource#poll(EventQuery, EventCursor)} with a query of
 * filters only: it adds {@code since} and {@code order=date} and dedupes by event id (equal
 * timestamps have no tie-breaker, and event dates may use the server's local time).
 */
public final class EventQuery {

  /** The fields the server sorts by (default: {@code -date}, newest first). */
  public enum Order {
    /** Event date (the only order the endpoint has). */
    DATE("date");

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

  private EventQuery(QuerySpec spec) {
    this.spec = spec;
  }

  /**
   * A query without filters: every event, in the default order.
   *
   * @return a query without filters: every event, in the default order
   */
  public static EventQuery all() {
    return new EventQuery(QuerySpec.empty());
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

  /**
   * This query as {@link EventResource#poll(EventQuery, EventCursor)} sends it: oldest first from
   * {@code since}, floored to the second (every server version parses that; the cursor drops what
   * the extra part of a second brings again).
   *
   * @throws IllegalArgumentException if the query sets {@code since}, {@code before} or an order
   */
  EventQuery forPoll(LocalDateTime since) {
    if (spec.value("since").isPresent() || spec.value("before").isPresent() || spec.ordered()) {
      throw new IllegalArgumentException("poll(query, cursor) asks from the cursor's date, oldest first: build the"
          + " query without since(...), before(...) and orderBy(...)/orderByDescending(...) (got " + this + ")");
    }
    return toBuilder().since(since.truncatedTo(ChronoUnit.SECONDS)).orderBy(Order.DATE).build();
  }

  void writeTo(ApiContext ctx, QueryParams out, URI endpoint) {
    spec.writeTo(ctx, out, endpoint);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventQuery q && q.spec.equals(spec);
  }

  @Override
  public int hashCode() {
    return spec.hashCode();
  }

  @Override
  public String toString() {
    return "EventQuery[" + spec + "]";
  }

  /** Builds a {@link EventQuery}; not thread-safe. */
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
     * Events of this category (single value; a later call replaces it). The comment categories
     * need API 1.3: older versions hide those events, so the call fails with {@link
     * io.github.patchwork4j.client.error.UnsupportedFeatureException} instead of answering an
     * empty list.
     *
     * @param category the event category
     * @return this builder
     */
    public Builder category(EventCategory category) {
      Objects.requireNonNull(category, "category");
      boolean comment = category.equals(EventCategory.COVER_COMMENT_CREATED)
          || category.equals(EventCategory.PATCH_COMMENT_CREATED);
      b.set("category", category.value()).valueFeature("category", comment ? ApiFeature.COMMENT_EVENTS : null);
      return this;
    }

    /**
     * Events about the series with this id; repeat for OR (API 1.1+).
     *
     * @param seriesId the series' id
     * @return this builder
     */
    public Builder series(long seriesId) {
      b.add("series", QuerySpec.id(seriesId));
      return this;
    }

    /**
     * Events about the patch with this id; repeat for OR (API 1.1+).
     *
     * @param patchId the patch's id
     * @return this builder
     */
    public Builder patch(long patchId) {
      b.add("patch", QuerySpec.id(patchId));
      return this;
    }

    /**
     * Events about the cover letter with this id; repeat for OR (API 1.1+).
     *
     * @param coverId the cover letter's id
     * @return this builder
     */
    public Builder cover(long coverId) {
      b.add("cover", QuerySpec.id(coverId));
      return this;
    }

    /**
     * Events caused by the user with this id (the server takes only the numeric id). API 1.2.
     *
     * @param userId the user's id
     * @return this builder
     */
    public Builder actor(long userId) {
      b.set("actor", QuerySpec.id(userId)).feature(ApiFeature.EVENT_ACTOR_FILTER);
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
     * Oldest first ({@code order=date}). Patchwork 2.2+ (API 1.2): older servers drop the order
     * and answer newest first, so the call fails with {@link
     * io.github.patchwork4j.client.error.UnsupportedFeatureException} there.
     *
     * @param field the field to sort by
     * @return this builder
     */
    public Builder orderBy(Order field) {
      b.order(Objects.requireNonNull(field, "order").field(), false).valueFeature("order", ApiFeature.EVENT_DATE_ORDER);
      return this;
    }

    /**
     * Newest first ({@code order=-date}), which is also the server's default.
     *
     * @param field the field to sort by
     * @return this builder
     */
    public Builder orderByDescending(Order field) {
      b.order(Objects.requireNonNull(field, "order").field(), true).valueFeature("order", null);
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
    public EventQuery build() {
      return new EventQuery(b.build());
    }
  }
}
