package io.github.patchwork4j.client.internal;

import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The client-wide bound on HTTP exchanges in flight: an asynchronous semaphore. A waiter
 * holds a future, never a thread; a cancelled waiter is skipped; permits are granted in
 * arrival order. It can also hold every waiter back while too many held permits are marked
 * {@link Permit#received() received} (answers in, waiting to be decoded).
 */
public final class Limiter {

  private final int max;
  private final int maxReceived;
  private final ArrayDeque<CompletableFuture<Permit>> waiting = new ArrayDeque<>();
  private int inUse;
  private int received;
  private int peak;

  /** A limiter of {@code max} permits. */
  public Limiter(int max) {
    this(max, Integer.MAX_VALUE);
  }

  /**
   * A limiter of {@code max} permits that grants none while {@code maxReceived} of those held
   * are {@link Permit#received() received}.
   */
  public Limiter(int max, int maxReceived) {
    if (max < 1) {
      throw new IllegalArgumentException("maxRequestsInFlight must be at least 1, got " + max);
    }
    this.max = max;
    this.maxReceived = Math.max(1, maxReceived);
  }

  /** A permit when one is free; cancelling the returned future gives up waiting. */
  public CompletableFuture<Permit> acquire() {
    synchronized (this) {
      if (waiting.isEmpty() && free()) {
        take();
        return CompletableFuture.completedFuture(new Permit());
      }
      CompletableFuture<Permit> f = new CompletableFuture<>();
      waiting.add(f);
      return f;
    }
  }

  /** A permit if one is free now and nobody waits for one, else empty; never waits. */
  public synchronized Optional<Permit> tryAcquire() {
    if (!waiting.isEmpty() || !free()) {
      return Optional.empty();
    }
    take();
    return Optional.of(new Permit());
  }

  /** The most permits held at once so far. */
  public synchronized int peak() {
    return peak;
  }

  private boolean free() {
    return inUse < max && received < maxReceived;
  }

  private void take() {
    inUse++;
    peak = Math.max(peak, inUse);
  }

  private void release(boolean wasReceived) {
    synchronized (this) {
      inUse--;
      if (wasReceived) {
        received--;
      }
    }
    while (true) {
      CompletableFuture<Permit> next;
      synchronized (this) {
        if (!free() || (next = waiting.poll()) == null) {
          return;
        }
        take();
      }
      if (!next.complete(new Permit())) { // the waiter gave up meanwhile
        synchronized (this) {
          inUse--;
        }
      }
    }
  }

  /** One held permit; {@link #release()} returns it (once, later calls do nothing). */
  public final class Permit {
    private boolean released;
    private boolean received;

    private Permit() {}

    /**
     * Marks what the permit was taken for as received and waiting to be processed: while the
     * limiter's {@code maxReceived} permits are, it grants none.
     */
    public void received() {
      synchronized (Limiter.this) {
        if (!released && !received) {
          received = true;
          Limiter.this.received++;
        }
      }
    }

    /** Returns the permit to the limiter. */
    public void release() {
      boolean wasReceived;
      synchronized (Limiter.this) {
        if (released) {
          return;
        }
        released = true;
        wasReceived = received;
      }
      Limiter.this.release(wasReceived);
    }
  }
}
