package io.github.patchwork4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.patchwork4j.client.error.NotFoundException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The bounded fan-out behind every bulk write, driven by hand-completed futures. */
class BulkTest {

  /** Writes that stay pending until the test completes them; counts how many run at once. */
  private static final class Pending {
    final Map<Long, CompletableFuture<String>> running = Collections.synchronizedMap(new LinkedHashMap<>());
    int maxInFlight;

    CompletableFuture<String> start(long id) {
      CompletableFuture<String> f = new CompletableFuture<>();
      running.put(id, f);
      maxInFlight = Math.max(maxInFlight, inFlight());
      return f;
    }

    int inFlight() {
      synchronized (running) {
        return (int) running.values().stream().filter(f -> !f.isDone()).count();
      }
    }

    /** Completes the pending write of the highest id (out of order on purpose). */
    void finishOne() {
      CompletableFuture<String> f;
      long id;
      synchronized (running) {
        id = running.entrySet().stream().filter(e -> !e.getValue().isDone())
            .mapToLong(Map.Entry::getKey).max().orElseThrow();
        f = running.get(id);
      }
      if (id % 7 == 0) {
        f.completeExceptionally(new NotFoundException("gone", "PATCH", URI.create("http://h/" + id), 404, "Not found.", null));
      } else {
        f.complete("patch " + id);
      }
    }
  }

  @Test
  void neverRunsMoreThanTheBoundAndKeepsTheGivenOrder() {
    List<Long> ids = LongStream.rangeClosed(1, 30).boxed().collect(Collectors.toList());
    Collections.reverse(ids);
    Pending writes = new Pending();

    CompletableFuture<BulkResult<String>> result = Bulk.run(ids, 3, writes::start);

    while (!result.isDone()) {
      assertThat(writes.inFlight()).isLessThanOrEqualTo(3);
      writes.finishOne();
    }
    assertThat(writes.maxInFlight).isEqualTo(3);
    BulkResult<String> r = result.join();
    List<Long> failing = ids.stream().filter(id -> id % 7 == 0).collect(Collectors.toList());
    List<Long> passing = ids.stream().filter(id -> id % 7 != 0).collect(Collectors.toList());
    assertThat(new ArrayList<>(r.failed().keySet())).containsExactlyElementsOf(failing);
    assertThat(new ArrayList<>(r.succeeded().keySet())).containsExactlyElementsOf(passing);
    r.succeeded().forEach((id, v) -> assertThat(v).isEqualTo("patch " + id));
    assertThat(r.failed().values()).allMatch(e -> e instanceof NotFoundException);
  }

  @Test
  void writesThatFinishAtOnceDoNotNest() {
    List<Long> ids = LongStream.rangeClosed(1, 20_000).boxed().collect(Collectors.toList());
    BulkResult<Long> r = Bulk.run(ids, 2, id -> CompletableFuture.completedFuture(id)).join();
    assertThat(r.succeeded()).hasSize(20_000);
  }

  @Test
  void aBugIsNotHiddenAsAFailedId() {
    CompletableFuture<BulkResult<String>> r =
        Bulk.run(List.of(1L, 2L, 3L), 1, id -> {
          if (id == 2) {
            throw new IllegalStateException("bug");
          }
          return CompletableFuture.completedFuture("ok");
        });
    assertThatThrownBy(r::join).isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(IllegalStateException.class);
  }
}
