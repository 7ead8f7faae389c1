package io.github.patchwork4j.client.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * A value made once: by the first {@link #get()}, or ahead of it on an executor by {@link
 * #prefetch}. A caller that asks while another thread is making it waits for that thread; one
 * that asks while the prefetch is still queued makes it itself. A failure is not kept: the next
 * {@code get()} tries again.
 *
 * @param <T> the value's type
 */
final class Lazy<T> implements Supplier<T> {

  private final Supplier<T> make;
  private volatile T value;

  Lazy(Supplier<T> make) {
    this.make = make;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = make.get();
          value = v;
        }
      }
    }
    return v;
  }

  /**
   * Starts making the value on {@code executor}, so that a process's first call finds it made
   * (or half made) instead of making it alone. A failure there is met again by {@code get()}.
   */
  void prefetch(Executor executor) {
    ahead(executor, this::get);
  }

  /**
   * Runs {@code work} on {@code executor} to have it done before it is needed; whoever needs it
   * does it (or meets its failure) again, so a failure or a refused task here is dropped.
   */
  static void ahead(Executor executor, Runnable work) {
    try {
      executor.execute(() -> {
        try {
          work.run();
        } catch (RuntimeException | Error e) {
          // met again by whoever needs it
        }
      });
    } catch (RejectedExecutionException e) {
      // closed or saturated: done when needed
    }
  }
}
