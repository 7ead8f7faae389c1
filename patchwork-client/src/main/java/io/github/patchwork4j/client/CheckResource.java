package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiSession;
import io.github.patchwork4j.model.Check;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The checks (CI results) of a patch: {@code GET /patches/{id}/checks/} and
 * {@code GET /patches/{id}/checks/{check_id}/}. Read anonymously. Posted with
 * {@code POST /patches/{id}/checks/}; checks cannot be changed or deleted.
 */
public final class CheckResource {

  private final ApiSession session;
  private final CheckWrites writes;
  private final int bulkConcurrency;

  CheckResource(ApiSession session, Caller caller, int bulkConcurrency) {
    this.session = session;
    this.writes = new CheckWrites(session, caller);
    this.bulkConcurrency = bulkConcurrency;
  }

  /**
   * The check {@code checkId} of patch {@code patchId}.
   *
   * @param patchId the patch's id
   * @param checkId the check's id
   * @return the check {@code checkId} of patch {@code patchId}
   */
  public CompletableFuture<Check> get(long patchId, long checkId) {
    return Resources.get(session, Check.class, null, "patches", Resources.id(patchId, "patch id"),
        "checks", Resources.id(checkId, "check id"));
  }

  /**
   * Every check of the patch, in id order (the newest per user and context counts).
   *
   * @param patchId the patch's id
   * @return every check of the patch, in id order (the newest per user and context counts)
   */
  public Paginated<Check> list(long patchId) {
    return list(patchId, CheckQuery.all());
  }

  /**
   * The checks of the patch matching the query.
   *
   * @param patchId the patch's id
   * @param query the filters, order and page size
   * @return the checks of the patch matching the query
   */
  public Paginated<Check> list(long patchId, CheckQuery query) {
    Objects.requireNonNull(query, "query");
    return Resources.list(session, Check.class, null, query.pageSize(), query::writeTo,
        "patches", Resources.id(patchId, "patch id"), "checks");
  }

  // ---------------------------------------------------------------- writes

  /**
   * Posts a check on the patch: {@code POST patches/{id}/checks/}. The server records it under
   * the authenticated user with the current date and answers it ({@code 201}); the body never
   * names a user. Every call posts a new check — a bot that may run twice uses {@link
   * #report(long, NewCheck)}.
   *
   * <p>Allowed for a maintainer of the patch's project, the patch's delegate and the user linked
   * to the submitter's address: the future fails with {@code AuthenticationException} without
   * (valid) credentials, {@code PermissionDeniedException} for anyone else, {@code
   * NotFoundException} for an unknown patch. The request is retried only when the connection
   * failed before anything was sent, so a check is never posted twice by a retry.
   *
   * @param patchId the patch's id
   * @param check the new check
   * @return a future of the check as the server recorded it
   * @throws IllegalArgumentException if the patch id is not positive
   */
  public CompletableFuture<Check> create(long patchId, NewCheck check) {
    return writes.create(patchId, check);
  }

  /**
   * Posts the check unless the caller's standing check in the same context already says the
   * same: the newest check of the authenticated user with {@code check.context()} that has the
   * same state, target URL and description. Answers a {@link CheckReport}: the check that now
   * stands (the one just posted, or the existing one) and whether this call {@link
   * CheckReport#posted() posted} it. A bot that reruns does not post the same check twice; a
   * changed state (or URL, or description) is posted.
   *
   * <p>How it reads the standing check: {@code GET patches/{id}/checks/?context=…}, keeping each
   * user's newest check (by date, then id, as the server picks the one that counts). Patchwork
   * has no "who am I" endpoint, so the client learns which user it is once per client: from the
   * {@code user} of a check it posted or the owner of a bundle it created, or, from API 1.2, by
   * reading the detail of a candidate user ({@code GET users/{id}/}), which carries {@code
   * settings} only for the caller. Through API 1.0/1.1 before it knows, it skips the post only
   * when every user's newest check in that context already says the same. Two reports of the
   * same check running at the same time may both post (there is no server-side guard).
   *
   * <p>Failures are those of {@link #create(long, NewCheck)} and of the reads.
   *
   * @param patchId the patch's id
   * @param check the new check
   * @return a future of whether a check was posted, and the check that stands
   * @throws IllegalArgumentException if the patch id is not positive
   */
  public CompletableFuture<CheckReport> report(long patchId, NewCheck check) {
    return writes.report(patchId, check);
  }

  /**
   * Reports the check on every patch of a series, as many patches at a time as the builder's
   * {@code bulkConcurrency} (default {@value Bulk#DEFAULT_CONCURRENCY}); see {@link
   * #reportSeries(long, NewCheck, int)}.
   *
   * @param seriesId the series' id
   * @param check the new check
   * @return a future of the report for each patch of the series, and the failures
   */
  public CompletableFuture<BulkResult<CheckReport>> reportSeries(long seriesId, NewCheck check) {
    return reportSeries(seriesId, check, bulkConcurrency);
  }

  /**
   * Reports the check, as {@link #report(long, NewCheck)} does, on every patch of a series
   * (read from {@code series/{id}/}), at most {@code maxConcurrency} patches at a time. The
   * result maps each patch id to its {@link CheckReport} (the standing check, and whether it was
   * posted now), or to the typed exception its report got;
   * a partial failure does not fail the future. It fails as a whole only when the series cannot
   * be read.
   *
   * @param seriesId the series' id
   * @param check the new check
   * @param maxConcurrency the most requests in flight at once, at least 1
   * @return a future of the report for each patch of the series, and the failures
   * @throws IllegalArgumentException for a non-positive id or {@code maxConcurrency < 1}
   */
  public CompletableFuture<BulkResult<CheckReport>> reportSeries(long seriesId, NewCheck check, int maxConcurrency) {
    return writes.reportSeries(seriesId, check, maxConcurrency);
  }
}
