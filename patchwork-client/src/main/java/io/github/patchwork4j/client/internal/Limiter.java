package io.github.patchwork4j.client.internal;

import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The client-wide bound on HTTP exchanges in flight: an asynchronous semaphore. A waiter
 * holds a future, never a thread; a cancelled waiter is skipped; permits are handed over in
 * arrival order.
 */
public final class Limiter {

  private final int max;
  private final ArrayDeque<CompletableFuture<Permit>> waiting = new ArrayDeque<>();
  private int inUse;
  private int peak;

  /** A limiter of {@code max} permits. */
  public Limiter(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxRequestsInFlight must be at least 1, got " + max);
    }
    this.max = max;
  }

  /** A permit when one is free; cancelling the returned future gives up waiting. */
  public CompletableFuture<Permit> acquire() {
    synchronized (this) {
      if (inUse < max) {
        inUse++;
        peak = Math.max(peak, inUse);
        return CompletableFuture.completedFuture(new Permit());
      }
      CompletableFuture<Permit> f = new CompletableFuture<>();
      waiting.add(f);
      return f;
    }
  }

  /** A permit if one is free now and nobody waits for one, else empty; never waits. */
  public synchronized Optional<Permit> tryAcquire() {
    if (inUse >= max || !waiting.isEmpty()) {
      return Optional.empty();
    }
    inUse++;
    peak = Math.max(peak, inUse);
    return Optional.of(new Permit());
  }

  /** The most permits held at once so far. */
  public synchronized int peak() {
    return peak;
  }

  private void release() {
    while (true) {
      CompletableFuture<Permit> next;
      synchronized (this) {
        next = waiting.poll();
        if (next == null) {
          inUse--;
          return;
        }
      }
      if (next.complete(new Permit())) {
        return;
      }
    }
  }

  /** One held permit; {@link #release()} returns it (once, later calls do nothing). */
  public final class Permit {
    private final AtomicBoolean released = new AtomicBoolean();

    private Permit() {}

    /** Returns the permit to the limiter. */
    public void release() {
      if (released.compareAndSet(false, true)) {
        Limiter.this.release();
      }
    }
  }
}
