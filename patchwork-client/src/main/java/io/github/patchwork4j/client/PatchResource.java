package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiSession;
import io.github.patchwork4j.model.Patch;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Patches: {@code GET /patches/} and {@code GET /patches/{id}/}. Read anonymously.
 */
public final class PatchResource {

  private final ApiSession session;

  PatchResource(ApiSession session) {
    this.session = session;
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
   * {@code content}, {@code diff}, {@code prefixes}).
   */
  public Paginated<Patch> list(PatchQuery query) {
    Objects.requireNonNull(query, "query");
    return Resources.list(session, Patch.class, null, query.pageSize(), query::writeTo, "patches");
  }
}
