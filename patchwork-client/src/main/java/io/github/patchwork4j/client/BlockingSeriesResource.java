package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.model.Series;

/**
 * The blocking view of {@link SeriesResource}: the same methods, returning values and throwing the
 * {@link io.github.patchwork4j.client.error.PatchworkException} itself. Lists are the same
 * lazy {@link Paginated}: use its {@code stream()} or {@code iterator()}, which block.
 */
public final class BlockingSeriesResource {

  private final SeriesResource async;

  BlockingSeriesResource(SeriesResource async) {
    this.async = async;
  }

  /**
   * The series with this id (list and detail have the same shape).
   *
   * @param id the series' id
   * @return the series with this id (list and detail have the same shape)
   */
  public Series get(long id) {
    return Futures.await(async.get(id));
  }

  /**
   * Every series, in id order.
   *
   * @return every series, in id order
   */
  public Paginated<Series> list() {
    return async.list();
  }

  /**
   * The series matching the query.
   *
   * @param query the filters, order and page size
   * @return the series matching the query
   */
  public Paginated<Series> list(SeriesQuery query) {
    return async.list(query);
  }
}
