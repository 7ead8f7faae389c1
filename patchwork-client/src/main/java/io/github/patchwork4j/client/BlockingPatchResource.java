package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.model.Patch;
import java.util.Collection;

/**
 * The blocking view of {@link PatchResource}: the same methods, returning values and throwing the
 * {@link io.github.patchwork4j.client.error.PatchworkException} itself. Lists are the same
 * lazy {@link Paginated}: use its {@code stream()} or {@code iterator()}, which block.
 */
public final class BlockingPatchResource {

  private final PatchResource async;

  BlockingPatchResource(PatchResource async) {
    this.async = async;
  }

  /**
   * The patch with this id, in the detail view: the list fields plus {@code headers},
   * {@code content}, {@code diff} and {@code prefixes}.
   *
   * @throws IllegalArgumentException if the id is not positive
   */
  public Patch get(long id) {
    return Futures.await(async.get(id));
  }

  /** Every patch of the server (archived or not, every state), in id order. */
  public Paginated<Patch> list() {
    return async.list();
  }

  /**
   * The patches matching the query, in the list view (without {@code headers},
   * {@code content}, {@code diff}, {@code prefixes}).
   */
  public Paginated<Patch> list(PatchQuery query) {
    return async.list(query);
  }

  /**
   * Updates the patch with {@code PATCH}; see {@link PatchResource#update(long, PatchUpdate)}.
   *
   * @return the updated patch
   */
  public Patch update(long id, PatchUpdate update) {
    return Futures.await(async.update(id, update));
  }

  /** See {@link PatchResource#updateAll(Collection, PatchUpdate)}; never throws for a partial failure. */
  public BulkResult<Patch> updateAll(Collection<Long> ids, PatchUpdate update) {
    return Futures.await(async.updateAll(ids, update));
  }

  /** See {@link PatchResource#updateAll(Collection, PatchUpdate, int)}; never throws for a partial failure. */
  public BulkResult<Patch> updateAll(Collection<Long> ids, PatchUpdate update, int maxConcurrency) {
    return Futures.await(async.updateAll(ids, update, maxConcurrency));
  }

  /** See {@link PatchResource#updateSeries(long, PatchUpdate)}; never throws for a partial failure. */
  public BulkResult<Patch> updateSeries(long seriesId, PatchUpdate update) {
    return Futures.await(async.updateSeries(seriesId, update));
  }

  /** See {@link PatchResource#updateSeries(long, PatchUpdate, int)}; never throws for a partial failure. */
  public BulkResult<Patch> updateSeries(long seriesId, PatchUpdate update, int maxConcurrency) {
    return Futures.await(async.updateSeries(seriesId, update, maxConcurrency));
  }
}
