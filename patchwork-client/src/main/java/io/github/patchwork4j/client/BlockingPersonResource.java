package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.model.Submitter;

/**
 * The blocking view of {@link PersonResource}: the same methods, returning values and throwing the
 * {@link io.github.patchwork4j.client.error.PatchworkException} itself. Lists are the same
 * lazy {@link Paginated}: use its {@code stream()} or {@code iterator()}, which block.
 */
public final class BlockingPersonResource {

  private final PersonResource async;

  BlockingPersonResource(PersonResource async) {
    this.async = async;
  }

  /**
   * The person with this id.
   *
   * @param id the person's id
   * @return the person with this id
   */
  public Submitter get(long id) {
    return Futures.await(async.get(id));
  }

  /**
   * Every person, in id order.
   *
   * @return every person, in id order
   */
  public Paginated<Submitter> list() {
    return async.list();
  }

  /**
   * The people matching the query.
   *
   * @param query the filters, order and page size
   * @return the people matching the query
   */
  public Paginated<Submitter> list(PersonQuery query) {
    return async.list(query);
  }
}
