package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.client.internal.PageWalk;
import io.github.patchwork4j.client.internal.RawPage;
import java.lang.System.Logger.Level;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** The {@link Flow.Subscription} behind {@link Paginated#publisher()}. */
final class PagePublisher {

  private static final System.Logger LOG = System.getLogger("io.github.patchwork4j.client");

  private PagePublisher() {}

  /**
   * Serialises all signals through a work-in-progress counter ({@code drain}); fetches a page
   * only when demand is left after the buffered items, at most one at a time.
   */
  static final class Subscription<T> implements Flow.Subscription {
    private final PageWalk<T> walk;
    private final Flow.Subscriber<? super T> subscriber;
    private final AtomicLong requested = new AtomicLong();
    private final AtomicInteger wip = new AtomicInteger();
    private final Queue<T> buffer = new ConcurrentLinkedQueue<>();
    private volatile boolean cancelled;
    private volatile boolean fetching;
    private volatile boolean exhausted;
    private volatile Throwable error;
    private volatile Throwable badRequest;
    private boolean terminated;

    Subscription(PageWalk<T> walk, Flow.Subscriber<? super T> subscriber) {
      this.walk = walk;
      this.subscriber = subscriber;
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        badRequest = new IllegalArgumentException("request(" + n + "): demand must be positive (Reactive Streams §3.9)");
      } else {
        requested.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
      }
      drain();
    }

    @Override
    public void cancel() {
      cancelled = true;
      drain();
    }

    private void drain() {
      if (wip.getAndIncrement() != 0) {
        return;
      }
      int missed = 1;
      while (true) {
        if (!terminated) {
          step();
        }
        missed = wip.addAndGet(-missed);
        if (missed == 0) {
          return;
        }
      }
    }

    private void step() {
      if (badRequest != null && !cancelled) {
        terminated = true;
        buffer.clear();
        subscriber.onError(badRequest);
        return;
      }
      while (!cancelled && requested.get() > 0) {
        T item = buffer.poll();
        if (item == null) {
          break;
        }
        requested.decrementAndGet();
        try {
          subscriber.onNext(item);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "subscriber.onNext threw; cancelling the subscription", e);
          cancelled = true;
        }
      }
      if (cancelled) {
        terminated = true;
        buffer.clear();
        walk.close();
        return;
      }
      if (!buffer.isEmpty() || fetching) {
        return;
      }
      Throwable e = error;
      if (e != null) {
        terminated = true;
        subscriber.onError(e);
        return;
      }
      if (exhausted) {
        terminated = true;
        subscriber.onComplete();
        return;
      }
      if (requested.get() > 0) {
        fetching = true;
        CompletableFuture<RawPage<T>> f = walk.next();
        f.whenComplete((page, failure) -> {
          if (failure != null) {
            error = Futures.unwrap(failure);
          } else if (page == null) {
            exhausted = true;
          } else {
            buffer.addAll(page.takeItems());
          }
          fetching = false;
          drain();
        });
      }
    }
  }
}
