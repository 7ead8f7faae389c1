package io.github.patchwork4j.client.internal;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A body handler that collects the answer's buffers into a {@link Body}, but never more than a
 * cap: an answer that announces more is refused before its body is read, and one that sends
 * more is cut off (the subscription is cancelled) as soon as it passes the cap. Either way the
 * exchange fails with {@link TooLarge}. The HTTP client's buffers are kept, not copied.
 *
 * <p>An answer is also cut off when it passes a quarter of the JVM's maximum heap, even under
 * the cap ({@link TooLarge#heap}): the buffers are allocated by the HTTP client's own threads,
 * and running out of memory there would stop the HTTP client for every call, not fail this one.
 */
final class BoundedBody implements HttpResponse.BodyHandler<Body> {

  /** The answer passed the cap. */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The announced size or the bytes read when the cap was passed. */
    final long size;
    /** The limit passed was the quarter of the heap, not the cap. */
    final boolean heap;

    TooLarge(long size, boolean heap) {
      super("answer too large", null, false, false);
      this.size = size;
      this.heap = heap;
    }
  }

  private final long cap;

  BoundedBody(long cap) {
    this.cap = cap;
  }

  @Override
  public HttpResponse.BodySubscriber<Body> apply(HttpResponse.ResponseInfo info) {
    long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    return new Collector(cap, Runtime.getRuntime().maxMemory() / 4, announced > cap ? announced : -1);
  }

  private static final class Collector implements HttpResponse.BodySubscriber<Body> {
    private final long cap;
    private final long heapShare;
    private final long refuse;
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private List<ByteBuffer> parts = new ArrayList<>();
    private long size;
    private Flow.Subscription subscription;

    /** @param refuse the announced size when it passes the cap, else -1 */
    Collector(long cap, long heapShare, long refuse) {
      this.cap = cap;
      this.heapShare = heapShare;
      this.refuse = refuse;
    }

    @Override
    public CompletionStage<Body> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      this.subscription = s;
      if (refuse >= 0) {
        s.cancel();
        result.completeExceptionally(new TooLarge(refuse, false));
        return;
      }
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : items) {
        size += b.remaining();
      }
      if (size > cap || size > heapShare) {
        subscription.cancel();
        parts = null;
        result.completeExceptionally(new TooLarge(size, size <= cap));
        return;
      }
      try {
        parts.addAll(items);
      } catch (Throwable t) { // e.g. OutOfMemoryError: fail this answer, not the HTTP client
        parts = null;
        subscription.cancel();
        result.completeExceptionally(t);
      }
    }

    @Override
    public void onError(Throwable t) {
      parts = null;
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      if (!result.isDone()) {
        Body body = Body.of(parts);
        parts = null;
        result.complete(body);
      }
    }
  }
}
