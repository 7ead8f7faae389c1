package io.github.patchwork4j.client.internal;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A body handler that collects the answer into bytes, but never more than a cap: an answer
 * that announces more is refused before its body is read, and one that sends more is cut off
 * (the subscription is cancelled) as soon as it passes the cap. Either way the exchange fails
 * with {@link TooLarge}. An announced {@code Content-Length} sizes the buffer, so such an
 * answer is read into one array, copied never.
 */
final class BoundedBody implements HttpResponse.BodyHandler<byte[]> {

  /** The answer passed the cap. */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The announced size or the bytes read when the cap was passed. */
    final long size;

    TooLarge(long size) {
      super("answer too large", null, false, false);
      this.size = size;
    }
  }

  private final long cap;

  BoundedBody(long cap) {
    this.cap = cap;
  }

  @Override
  public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
    long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    return new Collector(cap, announced > cap ? announced : -1, announced > cap ? 0 : announced);
  }

  private static final class Collector implements HttpResponse.BodySubscriber<byte[]> {
    private final long cap;
    private final long refuse;
    private final long expected;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private byte[] buffer = new byte[0];
    private int size;
    private Flow.Subscription subscription;

    /**
     * @param refuse the announced size when it passes the cap, else -1
     * @param expected the announced size (the first buffer is made that big), else -1
     */
    Collector(long cap, long refuse, long expected) {
      this.cap = cap;
      this.refuse = refuse;
      this.expected = expected;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      this.subscription = s;
      if (refuse >= 0) {
        s.cancel();
        result.completeExceptionally(new TooLarge(refuse));
        return;
      }
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      long total = size;
      for (ByteBuffer b : items) {
        total += b.remaining();
      }
      if (total > cap) {
        subscription.cancel();
        buffer = null;
        result.completeExceptionally(new TooLarge(total));
        return;
      }
      try {
        if (total > buffer.length) {
          long grown = Math.max(total, Math.max(expected, 2L * buffer.length));
          buffer = java.util.Arrays.copyOf(buffer, (int) Math.min(cap, grown));
        }
        for (ByteBuffer b : items) {
          int n = b.remaining();
          b.get(buffer, size, n);
          size += n;
        }
      } catch (Throwable t) { // e.g. OutOfMemoryError: fail this answer, not the HTTP client
        buffer = null;
        subscription.cancel();
        result.completeExceptionally(t);
      }
    }

    @Override
    public void onError(Throwable t) {
      buffer = null;
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      if (!result.isDone()) {
        result.complete(size == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, size));
        buffer = null;
      }
    }
  }
}
