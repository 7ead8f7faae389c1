package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiSession;
import io.github.patchwork4j.model.Series;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Series: {@code GET /series/} and {@code GET /series/{id}/}. Read-only; read anonymously.
 *
 * <p>API 1.4 adds {@code dependencies} and {@code dependents}, only for projects that show
 * dependencies; in a list that mixes projects the server may drop them from later items, so
 * read the detail when you need them.
 */
public final class SeriesResource {

  private final ApiSession session;

  SeriesResource(ApiSession session) {
    this.session = session;
  }

  /**
   * The series with this id (list and detail have the same shape).
   *
   * @param id the series' id
   * @return the series with this id (list and detail have the same shape)
   */
  public CompletableFuture<Series> get(long id) {
    return Resources.get(session, Series.class, null, "series", Resources.id(id, "series id"));
  }

  /**
   * Every series, in id order.
   *
   * @return every series, in id order
   */
  public Paginated<Series> list() {
    return list(SeriesQuery.all());
  }

  /**
   * The series matching the query.
   *
   * @param query the filters, order and page size
   * @return the series matching the query
   */
  public Paginated<Series> list(SeriesQuery query) {
    Objects.requireNonNull(query, "query");
    return Resources.list(session, Series.class, null, query.pageSize(), query::writeTo, "series");
  }
}
