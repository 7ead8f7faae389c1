package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiContext;
import io.github.patchwork4j.client.internal.QueryParams;
import io.github.patchwork4j.model.PatchState;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Filters, search and order for {@code GET /patches/}. Without filters the server returns
 * every patch (archived or not, every state). Immutable; build with {@link #builder()}.
 *
 * <p>Multi-value filters ({@code project}, {@code series}, {@code submitter},
 * {@code delegate}, {@code state}) may be called repeatedly: the server ORs the values
 * (Patchwork 2.1+, i.e. API 1.1; a 2.0 server keeps one value). The server answers an empty
 * list, not an error, when a value matches nothing (an unknown project, a bad date). {@code
 * hash} and {@code msgid} need API 1.2, repeated filters and lookups by e-mail address or user
 * name API 1.1; on an older version the call fails with
 * {@link io.github.patchwork4j.client.error.UnsupportedFeatureException} before sending,
 * because the server would silently ignore them.
 */
public final class PatchQuery {

  /**
   * The fields the server sorts patches by (default: {@link #ID}). The server also accepts
   * {@code check}, but sorts by the joined check rows, so a patch with several checks comes
   * several times: not offered.
   */
  public enum Order {
    /** Patch id, i.e. arrival order. */
    ID("id"),
    /** Patch name (the subject without {@code [PATCH]}). */
    NAME("name"),
    /** Project. */
    PROJECT("project"),
    /** Submission date (the mail's {@code Date:}). */
    DATE("date"),
    /** State (by the state table's ordering). */
    STATE("state"),
    /** Archived flag. */
    ARCHIVED("archived"),
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

  private PatchQuery(QuerySpec spec) {
    this.spec = spec;
  }

  /**
   * A query without filters: every patch, in id order.
   *
   * @return a query without filters: every patch, in id order
   */
  public static PatchQuery all() {
    return new PatchQuery(QuerySpec.empty());
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

  /** The {@code msgid} filter's value, if set (without angle brackets). */
  Optional<String> msgid() {
    return spec.value("msgid");
  }

  void writeTo(ApiContext ctx, QueryParams out, URI endpoint) {
    spec.writeTo(ctx, out, endpoint);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PatchQuery q && q.spec.equals(spec);
  }

  @Override
  public int hashCode() {
    return spec.hashCode();
  }

  @Override
  public String toString() {
    return "PatchQuery[" + spec + "]";
  }

  /** Builds a {@link PatchQuery}; not thread-safe. */
  public static final class Builder {
    private final QuerySpec.Builder b;

    private Builder(QuerySpec.Builder b) {
      this.b = b;
    }

    /**
     * Patches of the project with this link name ({@code qemu-devel}; not an id, no comma); repeat for OR (API 1.1+).
     *
     * @param linkName the project's link name, e.g. {@code qemu-devel}
     * @return this builder
     */
    public Builder project(String linkName) {
      b.add("project", QuerySpec.name(linkName, "project"));
      return this;
    }

    /**
     * Patches of the project with this id; repeat for OR (API 1.1+).
     *
     * @param id the project's id
     * @return this builder
     */
    public Builder project(long id) {
      b.add("project", QuerySpec.id(id));
      return this;
    }

    /**
     * Patches of the series with this id; repeat for OR (API 1.1+).
     *
     * @param id the series' id
     * @return this builder
     */
    public Builder series(long id) {
      b.add("series", QuerySpec.id(id));
      return this;
    }

    /**
     * Patches submitted by the person with this id; repeat for OR (API 1.1+).
     *
     * @param personId the person's id
     * @return this builder
     */
    public Builder submitter(long personId) {
      b.add("submitter", QuerySpec.id(personId));
      return this;
    }

    /**
     * Patches submitted from this e-mail address (API 1.1+); repeat for OR.
     *
     * @param email the e-mail address
     * @return this builder
     */
    public Builder submitter(String email) {
      b.add("submitter", QuerySpec.name(email, "submitter")).feature(ApiFeature.FILTER_BY_NAME);
      return this;
    }

    /**
     * Patches delegated to the user with this id; repeat for OR (API 1.1+).
     *
     * @param userId the user's id
     * @return this builder
     */
    public Builder delegate(long userId) {
      b.add("delegate", QuerySpec.id(userId));
      return this;
    }

    /**
     * Patches delegated to the user with this user name (API 1.1+); repeat for OR.
     *
     * @param username the user name
     * @return this builder
     */
    public Builder delegate(String username) {
      b.add("delegate", QuerySpec.name(username, "delegate")).feature(ApiFeature.FILTER_BY_NAME);
      return this;
    }

    /**
     * Patches in any of these states; repeat for more. Written as the slug
     * ({@code under-review}), which the server matches against the state's name.
     *
     * @param states the states to match
     * @return this builder
     */
    public Builder state(PatchState... states) {
      for (PatchState s : states) {
        b.add("state", Objects.requireNonNull(s, "state").slug());
      }
      return this;
    }

    /**
     * Only archived ({@code true}) or only unarchived ({@code false}) patches.
     *
     * @param archived {@code true} for archived, {@code false} for not archived
     * @return this builder
     */
    public Builder archived(boolean archived) {
      b.set("archived", Boolean.toString(archived));
      return this;
    }

    /**
     * Patches whose diff has this hash (case-insensitive; the {@code hash} field of a patch).
     * API 1.2.
     *
     * @param hash the diff hash, as in a patch's {@code hash} field
     * @return this builder
     */
    public Builder hash(String hash) {
      b.set("hash", QuerySpec.text(hash, "hash")).feature(ApiFeature.PATCH_HASH_FILTER);
      return this;
    }

    /**
     * The patch with this Message-ID, with or without angle brackets (they are removed: the
     * server adds them). API 1.2, Patchwork 3.0+ (2.2.x ignores it).
     *
     * @param messageId the Message-ID, with or without angle brackets
     * @return this builder
     */
    public Builder msgid(String messageId) {
      b.set("msgid", Msgids.bare(messageId)).feature(ApiFeature.PATCH_MSGID_FILTER);
      return this;
    }

    /**
     * Patches submitted at or after this time. Naive, as the server stores it (mail dates in
     * UTC); sent without zone, at most microseconds.
     *
     * @param inclusive the earliest time, inclusive (naive, as the server stores it)
     * @return this builder
     */
    public Builder since(LocalDateTime inclusive) {
      b.set("since", QuerySpec.dateTime(inclusive));
      return this;
    }

    /**
     * Patches submitted before this time (naive, like {@link #since}).
     *
     * @param exclusive the end of the period, exclusive (naive, as the server stores it)
     * @return this builder
     */
    public Builder before(LocalDateTime exclusive) {
      b.set("before", QuerySpec.dateTime(exclusive));
      return this;
    }

    /**
     * Case-insensitive search in the patch name; the server splits the text on spaces and
     * commas and requires every word.
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
    public PatchQuery build() {
      return new PatchQuery(b.build());
    }
  }
}
