package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiSession;
import io.github.patchwork4j.client.internal.PageLoader;
import io.github.patchwork4j.model.Cover;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Cover letters: {@code GET /covers/} and {@code GET /covers/{id}/}. Read-only; read
 * anonymously.
 */
public final class CoverResource {

  private final ApiSession session;

  CoverResource(ApiSession session) {
    this.session = session;
  }

  /**
   * The cover letter with this id, in the detail view (with {@code headers} and
   * {@code content}).
   *
   * @param id the cover letter's id
   * @return the cover letter with this id, in the detail view (with {@code headers} and {@code
   *     content})
   */
  public CompletableFuture<Cover> get(long id) {
    return Resources.get(session, Cover.class, null, "covers", Resources.id(id, "cover id"));
  }

  /**
   * Every cover letter, in id order.
   *
   * @return every cover letter, in id order
   */
  public Paginated<Cover> list() {
    return list(CoverQuery.all());
  }

  /**
   * The cover letters matching the query. With a {@code msgid} filter, a page with a cover of
   * another Message-ID (a server before Patchwork 3.0 ignores the filter) fails the list with
   * {@link io.github.patchwork4j.client.error.UnsupportedFeatureException}.
   *
   * @param query the filters, order and page size
   * @return the cover letters matching the query
   */
  public Paginated<Cover> list(CoverQuery query) {
    Objects.requireNonNull(query, "query");
    PageLoader<Cover> loader = Resources.loader(session, Cover.class, null, query.pageSize(), query::writeTo, "covers");
    return new Paginated<>(query.msgid()
        .map(m -> loader.checking(Msgids.mustMatch(m, Cover::msgid, ApiFeature.COVER_MSGID_FILTER)))
        .orElse(loader));
  }
}
