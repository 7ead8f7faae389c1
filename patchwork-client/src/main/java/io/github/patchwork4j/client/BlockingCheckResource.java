package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.model.Check;

/**
 * The blocking view of {@link CheckResource}: the same methods, returning values and throwing the
 * {@link io.github.patchwork4j.client.error.PatchworkException} itself. Lists are the same
 * lazy {@link Paginated}: use its {@code stream()} or {@code iterator()}, which block.
 */
public final class BlockingCheckResource {

  private final CheckResource async;

  BlockingCheckResource(CheckResource async) {
    this.async = async;
  }

  /** The check {@code checkId} of patch {@code patchId}. */
  public Check get(long patchId, long checkId) {
    return Futures.await(async.get(patchId, checkId));
  }

  /** Every check of the patch, in id order (the newest per user and context counts). */
  public Paginated<Check> list(long patchId) {
    return async.list(patchId);
  }

  /** The checks of the patch matching the query. */
  public Paginated<Check> list(long patchId, CheckQuery query) {
    return async.list(patchId, query);
  }
}
