package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiSession;
import io.github.patchwork4j.client.internal.PageLoader;
import io.github.patchwork4j.model.Patch;
import java.util.Collection;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Patches: {@code GET /patches/} and {@code GET /patches/{id}/}. Read anonymously. Updated with
 * {@code PATCH /patches/{id}/}, one patch or many at a time (never {@code PUT}).
 */
public final class PatchResource {

  private final ApiSession session;
  private final PatchWrites writes;
  private final int bulkConcurrency;

  PatchResource(ApiSession session, int bulkConcurrency) {
    this.session = session;
    this.writes = new PatchWrites(session);
    this.bulkConcurrency = bulkConcurrency;
  }

  /**
   * The patch with this id, in the detail view: the list fields plus {@code headers},
   * {@code content}, {@code diff} and {@code prefixes}.
   *
   * @throws IllegalArgumentException if the id is not positive
   */
  public CompletableFuture<Patch> get(long id) {
    return Resources.get(session, Patch.class, null, "patches", Resources.id(id, "patch id"));
  }

  /** Every patch of the server (archived or not, every state), in id order. */
  public Paginated<Patch> list() {
    return list(PatchQuery.all());
  }

  /**
   * The patches matching the query, in the list view (without {@code headers},
   * {@code content}, {@code diff}, {@code prefixes}). With a {@code msgid} filter, a page with a
   * patch of another Message-ID (a Patchwork 2.2.x server ignores the filter) fails the list
   * with {@link io.github.patchwork4j.client.error.UnsupportedFeatureException}.
   */
  public Paginated<Patch> list(PatchQuery query) {
    Objects.requireNonNull(query, "query");
    PageLoader<Patch> loader = Resources.loader(session, Patch.class, null, query.pageSize(), query::writeTo, "patches");
    return new Paginated<>(query.msgid()
        .map(m -> loader.checking(Msgids.mustMatch(m, Patch::msgid, ApiFeature.PATCH_MSGID_FILTER)))
        .orElse(loader));
  }

  // ---------------------------------------------------------------- writes

  /**
   * Updates the patch: {@code PATCH patches/{id}/} with exactly the fields the update touches
   * (never {@code PUT}, whose missing {@code related} would remove the patch from its relation
   * and which only maintainers may send). Answers the updated patch (detail view).
   *
   * <p>Allowed for a maintainer of the patch's project, the patch's delegate and the user linked
   * to the submitter's address; changing {@code related} needs maintainer rights on every project
   * involved. The future fails with {@code AuthenticationException} without (valid)
   * credentials, {@code PermissionDeniedException} for anyone else, {@code ValidationException}
   * for a value the server refuses (unknown state, a delegate who does not maintain the
   * project — {@link io.github.patchwork4j.client.error.ValidationException#fieldErrors()} holds
   * the server's messages), {@code ConflictException} when a related patch is already in another
   * relation, {@code NotFoundException} for an unknown patch, and {@code
   * UnsupportedFeatureException} (nothing sent) when the update touches {@code related} below API
   * 1.2. On any failure the patch is unchanged.
   *
   * @throws IllegalArgumentException if the id is not positive
   */
  public CompletableFuture<Patch> update(long id, PatchUpdate update) {
    return writes.update(id, update);
  }

  /**
   * Applies one update to many patches, as many requests at a time as the builder's {@code
   * bulkConcurrency} (default {@value Bulk#DEFAULT_CONCURRENCY}); see {@link #updateAll(Collection,
   * PatchUpdate, int)}.
   */
  public CompletableFuture<BulkResult<Patch>> updateAll(Collection<Long> ids, PatchUpdate update) {
    return updateAll(ids, update, bulkConcurrency);
  }

  /**
   * Applies one update to many patches, each with its own {@code PATCH} as in {@link
   * #update(long, PatchUpdate)}, at most {@code maxConcurrency} at a time. The future completes
   * when every patch has been tried, with the updated patch of each success and the typed
   * exception of each failure (e.g. {@code PermissionDeniedException} for a patch of a project
   * the caller does not maintain), in the order of {@code ids}; an id given twice is sent once.
   * A partial failure does not fail the future: check {@link BulkResult#isComplete()}. Only a
   * failure shared by all — an update the API version lacks ({@code
   * UnsupportedFeatureException}, nothing sent) or a failed version negotiation — fails it.
   *
   * @throws IllegalArgumentException for a non-positive id or {@code maxConcurrency < 1}
   */
  public CompletableFuture<BulkResult<Patch>> updateAll(
      Collection<Long> ids, PatchUpdate update, int maxConcurrency) {
    return writes.updateAll(ids, update, maxConcurrency);
  }

  /**
   * Applies one update to every patch of a series, as many requests at a time as the builder's
   * {@code bulkConcurrency}; see {@link #updateSeries(long, PatchUpdate, int)}.
   */
  public CompletableFuture<BulkResult<Patch>> updateSeries(long seriesId, PatchUpdate update) {
    return updateSeries(seriesId, update, bulkConcurrency);
  }

  /**
   * Applies one update to every patch of a series: reads {@code series/{id}/} for its patches,
   * then works like {@link #updateAll(Collection, PatchUpdate, int)} over them in series order.
   * Fails as a whole only when the series cannot be read (e.g. {@code NotFoundException}) or the
   * API version lacks a touched field.
   *
   * @throws IllegalArgumentException for a non-positive id or {@code maxConcurrency < 1}
   */
  public CompletableFuture<BulkResult<Patch>> updateSeries(
      long seriesId, PatchUpdate update, int maxConcurrency) {
    return writes.updateSeries(seriesId, update, maxConcurrency);
  }
}
