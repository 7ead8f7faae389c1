package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiSession;
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
   */
  public CompletableFuture<Cover> get(long id) {
    return Resources.get(session, Cover.class, null, "covers", Resources.id(id, "cover id"));
  }

  /** Every cover letter, in id order. */
  public Paginated<Cover> list() {
    return list(CoverQuery.all());
  }

  /** The cover letters matching the query. */
  public Paginated<Cover> list(CoverQuery query) {
    Objects.requireNonNull(query, "query");
    return Resources.list(session, Cover.class, null, query.pageSize(), query::writeTo, "covers");
  }
}
