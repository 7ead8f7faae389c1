package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiContext;
import io.github.patchwork4j.client.internal.ApiSession;
import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.model.Check;
import io.github.patchwork4j.model.Series;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Posting checks: {@code create} always posts, {@code report} posts only what is not already
 * there. Used by {@link CheckResource}.
 */
final class CheckWrites {

  /** Orders checks as the server does to find the one that counts: newest date, then id. */
  private static final Comparator<Check> NEWEST_LAST =
      Comparator.comparing(Check::date).thenComparingLong(Check::id);

  private final ApiSession session;
  private final Caller caller;

  CheckWrites(ApiSession session, Caller caller) {
    this.session = session;
    this.caller = caller;
  }

  CompletableFuture<Check> create(long patchId, NewCheck check) {
    Objects.requireNonNull(check, "check");
    Resources.id(patchId, "patch id");
    return Futures.compose(session.context(), ctx -> create(ctx, patchId, check));
  }

  private CompletableFuture<Check> create(ApiContext ctx, long patchId, NewCheck check) {
    return Writes.send(session, ctx, "POST", null, check.body(), Check.class,
            "patches", patchId, "checks");
  }

  CompletableFuture<CheckReport> report(long patchId, NewCheck check) {
    Objects.requireNonNull(check, "check");
    Resources.id(patchId, "patch id");
    return Futures.compose(session.context(), ctx -> report(ctx, patchId, check));
  }

  CompletableFuture<BulkResult<CheckReport>> reportSeries(long seriesId, NewCheck check, int maxConcurrency) {
    Objects.requireNonNull(check, "check");
    Resources.id(seriesId, "series id");
    Bulk.concurrency(maxConcurrency);
    return Futures.compose(session.context(), ctx ->
        Futures.compose(session.getJson(ctx.endpoint("series", seriesId), Series.class),
            series -> Bulk.run(Bulk.patchIds(series), maxConcurrency, id -> report(ctx, id, check))));
  }

  private CompletableFuture<CheckReport> report(ApiContext ctx, long patchId, NewCheck check) {
    if (!caller.authenticated()) {
      // anonymous: nothing is "mine"; the server answers 403
      return Futures.map(create(ctx, patchId, check), posted -> new CheckReport(posted, true));
    }
    CheckQuery.Builder query = CheckQuery.builder().context(check.context());
    CheckQuery q = query.build();
    CompletableFuture<List<Check>> checks = Resources.list(session, Check.class, null, q.pageSize(), q::writeTo,
        "patches", patchId, "checks").toList();
    return Futures.compose(
        Futures.compose(checks, found -> standing(ctx, newestPerUser(found, check.context()), check)),
        existing -> existing.isPresent()
            ? CompletableFuture.completedFuture(new CheckReport(existing.get(), false))
            : Futures.map(create(ctx, patchId, check), posted -> new CheckReport(posted, true)));
  }

  /**
   * The newest check of each user in this context (exact: the server's filter may follow a
   * case-insensitive collation), newest user first.
   */
  private static List<Check> newestPerUser(List<Check> checks, String context) {
    Map<Long, Check> newest = new LinkedHashMap<>();
    for (Check c : checks) {
      if (c.context().equals(context)) {
        newest.merge(c.user().id(), c, (a, b) -> NEWEST_LAST.compare(a, b) >= 0 ? a : b);
      }
    }
    List<Check> out = new ArrayList<>(newest.values());
    out.sort(NEWEST_LAST.reversed());
    return out;
  }

  /**
   * The caller's standing check when it already says what {@code check} says; empty when the
   * check must be posted.
   */
  private CompletableFuture<Optional<Check>> standing(ApiContext ctx, List<Check> newest, NewCheck check) {
    if (newest.isEmpty()) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    if (!caller.canAsk(ctx)) {
      // Cannot tell which user is the caller (API 1.0/1.1): skip only when every user's standing check in this context already says the
      // same, so skipping can never leave a different combined state behind.
      boolean allSame = newest.stream().allMatch(c -> sameContent(c, check));
      return CompletableFuture.completedFuture(allSame ? Optional.of(newest.get(0)) : Optional.empty());
    }
    return Futures.map(mine(ctx, newest, 0), mine -> mine.filter(c -> sameContent(c, check)));
  }

  /** The caller's newest check among each user's newest, asking about users one at a time. */
  private CompletableFuture<Optional<Check>> mine(ApiContext ctx, List<Check> newest, int i) {
    if (i >= newest.size()) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    Check c = newest.get(i);
    return Futures.compose(caller.isMe(ctx, c.user().id()),
        me -> me ? CompletableFuture.completedFuture(Optional.of(c)) : mine(ctx, newest, i + 1));
  }

  /**
   * Same state, target URL and description (the context was matched already). The server trims
   * surrounding whitespace from the text it stores, so the description is compared trimmed.
   */
  static boolean sameContent(Check existing, NewCheck check) {
    return existing.state().equals(check.state())
        && existing.targetUrl().equals(check.targetUrl())
        && existing.description().map(String::strip).equals(check.description().map(String::strip));
  }
}
