package io.github.patchwork4j.client.internal;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Helpers that keep the client's futures holding the {@code PatchworkException} itself. */
public final class Futures {

  private Futures() {}

  /** The cause under any {@link CompletionException}/{@link ExecutionException} wrappers. */
  public static Throwable unwrap(Throwable t) {
    Throwable c = t;
    while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
      c = c.getCause();
    }
    return c;
  }

  /**
   * {@code first} then {@code next} of its value, as one future failed with the unwrapped
   * cause; cancelling it cancels whichever of the two is running. A throwing {@code next}
   * fails the result.
   */
  public static <A, B> CompletableFuture<B> compose(
      CompletableFuture<A> first, java.util.function.Function<A, CompletableFuture<B>> next) {
    CompletableFuture<B> out = new CompletableFuture<>();
    out.whenComplete((v, e) -> first.cancel(true));
    first.whenComplete((a, e) -> {
      if (e != null) {
        out.completeExceptionally(unwrap(e));
        return;
      }
      CompletableFuture<B> second;
      try {
        second = next.apply(a);
      } catch (Throwable t) {
        out.completeExceptionally(t);
        return;
      }
      out.whenComplete((v, e2) -> second.cancel(true));
      second.whenComplete((b, e2) -> {
        if (e2 != null) {
          out.completeExceptionally(unwrap(e2));
        } else {
          out.complete(b);
        }
      });
    });
    return out;
  }

  /**
   * A new future completed like the shared future {@code f} (failed with the unwrapped cause);
   * cancelling it leaves {@code f} alone, so one caller's cancellation does not reach others.
   */
  public static <T> CompletableFuture<T> view(CompletableFuture<T> f) {
    CompletableFuture<T> out = new CompletableFuture<>();
    f.whenComplete((v, e) -> {
      if (e != null) {
        out.completeExceptionally(unwrap(e));
      } else {
        out.complete(v);
      }
    });
    return out;
  }

  /**
   * {@code first} then {@code fn} of its value, as one future failed with the unwrapped cause;
   * cancelling it cancels {@code first}. A throwing {@code fn} fails the result.
   */
  public static <A, B> CompletableFuture<B> map(
      CompletableFuture<A> first, java.util.function.Function<A, B> fn) {
    return compose(first, a -> CompletableFuture.completedFuture(fn.apply(a)));
  }

  /**
   * Waits for the future and returns its value, or throws the failure itself: a
   * {@code PatchworkException} (or another unchecked exception) unwrapped. An interrupt
   * cancels the wait, keeps the thread's interrupt flag and throws
   * {@link CancellationException}.
   */
  public static <T> T await(CompletableFuture<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      CancellationException c = new CancellationException("interrupted while waiting for Patchwork");
      c.initCause(e);
      throw c;
    } catch (ExecutionException | CompletionException e) {
      Throwable cause = unwrap(e);
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new CompletionException(cause);
    }
  }
}
