package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiSession;
import io.github.patchwork4j.model.Check;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The checks (CI results) of a patch: {@code GET /patches/{id}/checks/} and
 * {@code GET /patches/{id}/checks/{check_id}/}. Read anonymously.
 */
public final class CheckResource {

  private final ApiSession session;

  CheckResource(ApiSession session) {
    this.session = session;
  }

  /** The check {@code checkId} of patch {@code patchId}. */
  public CompletableFuture<Check> get(long patchId, long checkId) {
    return Resources.get(session, Check.class, null, "patches", Resources.id(patchId, "patch id"),
        "checks", Resources.id(checkId, "check id"));
  }

  /** Every check of the patch, in id order (the newest per user and context counts). */
  public Paginated<Check> list(long patchId) {
    return list(patchId, CheckQuery.all());
  }

  /** The checks of the patch matching the query. */
  public Paginated<Check> list(long patchId, CheckQuery query) {
    Objects.requireNonNull(query, "query");
    return Resources.list(session, Check.class, null, query.pageSize(), query::writeTo,
        "patches", Resources.id(patchId, "patch id"), "checks");
  }
}
