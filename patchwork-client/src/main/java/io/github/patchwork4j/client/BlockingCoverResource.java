package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.model.Cover;

/**
 * The blocking view of {@link CoverResource}: the same methods, returning values and throwing the
 * {@link io.github.patchwork4j.client.error.PatchworkException} itself. Lists are the same
 * lazy {@link Paginated}: use its {@code stream()} or {@code iterator()}, which block.
 */
public final class BlockingCoverResource {

  private final CoverResource async;

  BlockingCoverResource(CoverResource async) {
    this.async = async;
  }

  /**
   * The cover letter with this id, in the detail view (with {@code headers} and
   * {@code content}).
   *
   * @param id the cover letter's id
   * @return the cover letter with this id, in the detail view (with {@code headers} and {@code
   *     content})
   */
  public Cover get(long id) {
    return Futures.await(async.get(id));
  }

  /**
   * Every cover letter, in id order.
   *
   * @return every cover letter, in id order
   */
  public Paginated<Cover> list() {
    return async.list();
  }

  /**
   * The cover letters matching the query.
   *
   * @param query the filters, order and page size
   * @return the cover letters matching the query
   */
  public Paginated<Cover> list(CoverQuery query) {
    return async.list(query);
  }
}
