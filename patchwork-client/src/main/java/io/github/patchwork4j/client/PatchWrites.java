package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiContext;
import io.github.patchwork4j.client.internal.ApiSession;
import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.Series;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** Updating one patch, many, or a series' patches: always PATCH. Used by {@link PatchResource}. */
final class PatchWrites {

  private final ApiSession session;

  PatchWrites(ApiSession session) {
    this.session = session;
  }

  CompletableFuture<Patch> update(long id, PatchUpdate update) {
    Objects.requireNonNull(update, "update");
    Resources.id(id, "patch id");
    return Writes.send(session, "PATCH", null, update.body(), Patch.class, "patches", id);
  }

  CompletableFuture<BulkResult<Patch>> updateAll(Collection<Long> ids, PatchUpdate update, int maxConcurrency) {
    Objects.requireNonNull(update, "update");
    List<Long> checked = Bulk.ids(ids, "patch");
    Bulk.concurrency(maxConcurrency);
    return Futures.compose(session.context(), ctx -> updateAll(ctx, checked, update, maxConcurrency));
  }

  CompletableFuture<BulkResult<Patch>> updateSeries(long seriesId, PatchUpdate update, int maxConcurrency) {
    Objects.requireNonNull(update, "update");
    Resources.id(seriesId, "series id");
    Bulk.concurrency(maxConcurrency);
    return Futures.compose(session.context(), ctx -> {
      // Refuse a field the version lacks before reading the series.
      Writes.gate(ctx, "PATCH", null, update.body(), "series", seriesId);
      return Futures.compose(session.getJson(ctx.endpoint("series", seriesId), Series.class),
          series -> updateAll(ctx, Bulk.patchIds(series), update, maxConcurrency));
    });
  }

  private CompletableFuture<BulkResult<Patch>> updateAll(
      ApiContext ctx, List<Long> ids, PatchUpdate update, int maxConcurrency) {
    if (!ids.isEmpty()) {
      // One gate for all: a field the version lacks fails the whole call, nothing sent.
      Writes.gate(ctx, "PATCH", null, update.body(), "patches", ids.get(0));
    }
    return Bulk.run(ids, maxConcurrency,
        id -> Writes.send(session, ctx, "PATCH", null, update.body(), Patch.class, "patches", id));
  }
}
