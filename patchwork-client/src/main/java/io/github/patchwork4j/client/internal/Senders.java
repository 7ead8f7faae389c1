package io.github.patchwork4j.client.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs exchanges with {@link HttpClient#send} on threads of its own, one per exchange waiting
 * for its answer, and hands each outcome over as a future. Cancelling that future interrupts the
 * waiting thread, which makes the JDK abort the exchange.
 *
 * <p>Why not {@link HttpClient#sendAsync}: the JDK completes the future it returns through
 * {@code CompletableFuture}'s default executor. Where the common fork-join pool has fewer than
 * two threads (machines with one or two CPUs, as most CI runners), that executor starts a new
 * thread for every task: one thread started and ended per request, and with it a thread-local
 * allocation buffer of the young generation mostly thrown away. With 200 concurrent listings on
 * two CPUs that cost about 40% of the wall time and half of the memory allocated. {@code send}
 * completes without that hop; its threads here are kept for reuse, and as many wait at once as
 * there are exchanges in flight, which the client's {@link Limiter} bounds.
 */
final class Senders {

  private final ThreadPoolExecutor threads;

  /** No thread starts before the first exchange. */
  Senders(ThreadFactory threadFactory) {
    this.threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
        new SynchronousQueue<>(), threadFactory);
  }

  /**
   * Starts the exchange.
   *
   * @return the answer; failed with what the exchange failed with (not the copy {@code send}
   *     rethrows); cancel it to abort the exchange
   * @throws RejectedExecutionException after {@link #close()}
   */
  <T> CompletableFuture<HttpResponse<T>> send(HttpClient http, HttpRequest request,
      HttpResponse.BodyHandler<T> handler) {
    CompletableFuture<HttpResponse<T>> out = new CompletableFuture<>();
    FutureTask<Void> exchange = new FutureTask<>(() -> {
      try {
        out.complete(http.send(request, handler));
      } catch (InterruptedException e) {
        out.cancel(true); // interrupted only through out's cancellation, or by close()
      } catch (Throwable t) {
        out.completeExceptionally(original(t));
      }
    }, null);
    out.whenComplete((r, e) -> {
      if (out.isCancelled()) {
        exchange.cancel(true);
      }
    });
    threads.execute(exchange);
    return out;
  }

  /** Interrupts the exchanges waiting (the JDK aborts them) and starts no other. */
  void close() {
    threads.shutdownNow();
  }

  /**
   * {@code send} rethrows an exchange's failure as a new exception of the same kind around the
   * original, or as a plain {@link IOException} around anything else; the original says more.
   */
  private static Throwable original(Throwable t) {
    Throwable cause = t.getCause();
    if (cause != null && (t.getClass() == IOException.class || t.getClass().isInstance(cause))) {
      return cause;
    }
    return t;
  }
}
