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

  /**
   * The check {@code checkId} of patch {@code patchId}.
   *
   * @param patchId the patch's id
   * @param checkId the check's id
   * @return the check {@code checkId} of patch {@code patchId}
   */
  public Check get(long patchId, long checkId) {
    return Futures.await(async.get(patchId, checkId));
  }

  /**
   * Every check of the patch, in id order (the newest per user and context counts).
   *
   * @param patchId the patch's id
   * @return every check of the patch, in id order (the newest per user and context counts)
   */
  public Paginated<Check> list(long patchId) {
    return async.list(patchId);
  }

  /**
   * The checks of the patch matching the query.
   *
   * @param patchId the patch's id
   * @param query the filters, order and page size
   * @return the checks of the patch matching the query
   */
  public Paginated<Check> list(long patchId, CheckQuery query) {
    return async.list(patchId, query);
  }

  /**
   * Posts a check; see {@link CheckResource#create(long, NewCheck)}.
   *
   * @param patchId the patch's id
   * @param check the new check
   * @return the check as the server recorded it
   */
  public Check create(long patchId, NewCheck check) {
    return Futures.await(async.create(patchId, check));
  }

  /**
   * Posts a check unless the same one already stands, and tells which; see {@link
   * CheckResource#report(long, NewCheck)}.
   *
   * @param patchId the patch's id
   * @param check the new check
   * @return whether a check was posted, and the check that stands
   */
  public CheckReport report(long patchId, NewCheck check) {
    return Futures.await(async.report(patchId, check));
  }

  /**
   * See {@link CheckResource#reportSeries(long, NewCheck)}; never throws for a partial failure.
   *
   * @param seriesId the series' id
   * @param check the new check
   * @return see {@link CheckResource#reportSeries(long, NewCheck)}
   */
  public BulkResult<CheckReport> reportSeries(long seriesId, NewCheck check) {
    return Futures.await(async.reportSeries(seriesId, check));
  }

  /**
   * See {@link CheckResource#reportSeries(long, NewCheck, int)}; never throws for a partial failure.
   *
   * @param seriesId the series' id
   * @param check the new check
   * @param maxConcurrency the most requests in flight at once, at least 1
   * @return see {@link CheckResource#reportSeries(long, NewCheck, int)}
   */
  public BulkResult<CheckReport> reportSeries(long seriesId, NewCheck check, int maxConcurrency) {
    return Futures.await(async.reportSeries(seriesId, check, maxConcurrency));
  }
}
