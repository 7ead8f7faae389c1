package io.github.patchwork4j.client;

import io.github.patchwork4j.client.error.PatchworkException;
import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.model.PatchRef;
import io.github.patchwork4j.model.Series;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * Runs one asynchronous write per id with at most {@code maxConcurrency} in flight, and collects
 * a {@link BulkResult}: each id's answer or typed failure, in the order the ids were given. One
 * failure does not stop the others. Only a failure that is not a {@link PatchworkException} (a
 * bug, not an answer) fails the whole future, after which no further write is started.
 */
final class Bulk<T> {

  /** Writes in flight at once unless the caller says otherwise. */
  static final int DEFAULT_CONCURRENCY = 4;

  private final List<Long> ids;
  private final LongFunction<CompletableFuture<T>> write;
  private final Object[] answers;
  private final PatchworkException[] failures;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger done = new AtomicInteger();
  private final CompletableFuture<BulkResult<T>> result = new CompletableFuture<>();

  private Bulk(List<Long> ids, LongFunction<CompletableFuture<T>> write) {
    this.ids = ids;
    this.write = write;
    this.answers = new Object[ids.size()];
    this.failures = new PatchworkException[ids.size()];
  }

  /**
   * The ids as given, checked (positive, not null) and without repeats (an id given twice is
   * written once).
   */
  static List<Long> ids(Collection<Long> ids, String what) {
    Objects.requireNonNull(ids, what + " ids");
    LinkedHashSet<Long> unique = new LinkedHashSet<>();
    for (Long id : ids) {
      if (id == null || id <= 0) {
        throw new IllegalArgumentException(what + " ids must be positive, got " + id);
      }
      unique.add(id);
    }
    return List.copyOf(unique);
  }

  /** The ids of a series' patches, in series order. */
  static List<Long> patchIds(Series series) {
    return series.patches().stream().map(PatchRef::id).distinct().collect(Collectors.toList());
  }

  static int concurrency(int maxConcurrency) {
    if (maxConcurrency < 1) {
      throw new IllegalArgumentException(
          "maxConcurrency must be at least 1, got " + maxConcurrency);
    }
    return maxConcurrency;
  }

  /** Applies {@code write} to every id (checked with {@link #ids}), {@code maxConcurrency} at once. */
  static <T> CompletableFuture<BulkResult<T>> run(
      List<Long> ids, int maxConcurrency, LongFunction<CompletableFuture<T>> write) {
    Bulk<T> bulk = new Bulk<>(ids, write);
    if (ids.isEmpty()) {
      bulk.result.complete(new BulkResult<>(Map.of(), Map.of()));
    } else {
      for (int i = 0; i < Math.min(concurrency(maxConcurrency), ids.size()); i++) {
        bulk.pump();
      }
    }
    return bulk.result;
  }

  /** Starts the next write; loops instead of recursing when a write finished at once. */
  private void pump() {
    while (!result.isDone()) {
      int i = next.getAndIncrement();
      if (i >= ids.size()) {
        return;
      }
      CompletableFuture<T> f = start(ids.get(i));
      if (f.isDone()) {
        record(i, f);
        continue;
      }
      f.whenComplete((v, e) -> {
        record(i, f);
        pump();
      });
      return;
    }
  }

  private CompletableFuture<T> start(long id) {
    try {
      return Objects.requireNonNull(write.apply(id), "write");
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private void record(int i, CompletableFuture<T> f) {
    try {
      answers[i] = f.join();
    } catch (RuntimeException e) {
      Throwable cause = Futures.unwrap(e);
      if (cause instanceof PatchworkException) {
        failures[i] = (PatchworkException) cause;
      } else {
        result.completeExceptionally(cause);
        return;
      }
    }
    if (done.incrementAndGet() == ids.size()) {
      finish();
    }
  }

  @SuppressWarnings("unchecked")
  private void finish() {
    Map<Long, T> succeeded = new LinkedHashMap<>();
    Map<Long, PatchworkException> failed = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      if (failures[i] != null) {
        failed.put(ids.get(i), failures[i]);
      } else {
        succeeded.put(ids.get(i), (T) answers[i]);
      }
    }
    result.complete(new BulkResult<>(succeeded, failed));
  }
}
