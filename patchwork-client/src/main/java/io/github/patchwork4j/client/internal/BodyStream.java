package io.github.patchwork4j.client.internal;

import io.github.patchwork4j.client.error.ResponseTooLargeException;
import io.github.patchwork4j.client.error.TransportException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The body of a download, not yet read: read once, chunk by chunk, by the thread that asks
 * ({@link #transferTo}), with at most one chunk buffered and a limit on the wait for each
 * chunk, so a stalled server cannot hang the reader. {@link #close()} abandons the rest (the
 * exchange is cancelled).
 */
public final class BodyStream implements AutoCloseable {

  private static final Object END = new Object();

  private final Flow.Publisher<List<ByteBuffer>> publisher;
  private final URI uri;
  private final Duration stallTimeout;
  private final BlockingQueue<Object> chunks = new LinkedBlockingQueue<>();
  private final AtomicBoolean used = new AtomicBoolean();
  private volatile Flow.Subscription subscription;
  private volatile boolean closed;

  /**
   * A body to read.
   *
   * @param publisher the HTTP client's body publisher
   * @param uri the URL it answers (for messages)
   * @param stallTimeout the longest wait for the next chunk
   */
  public BodyStream(Flow.Publisher<List<ByteBuffer>> publisher, URI uri, Duration stallTimeout) {
    this.publisher = publisher;
    this.uri = uri;
    this.stallTimeout = stallTimeout;
  }

  /**
   * Reads the whole body into memory, failing past {@code cap} bytes.
   *
   * @param cap the most bytes to hold
   * @return the body
   */
  public byte[] readAll(long cap) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long n = transferTo(out, cap);
    if (n < 0) {
      throw new IllegalStateException("unreachable");
    }
    return out.toByteArray();
  }

  /**
   * Writes the body to {@code out} as it arrives; the stream is then used up.
   *
   * @param out where the bytes go (not closed)
   * @param cap the most bytes to accept, or {@code Long.MAX_VALUE}
   * @return the number of bytes written
   * @throws TransportException when the connection fails or stalls past the attempt timeout
   * @throws java.io.UncheckedIOException when writing to {@code out} fails
   * @throws IllegalStateException when the body was read or closed already
   */
  public long transferTo(OutputStream out, long cap) {
    if (!used.compareAndSet(false, true) || closed) {
      throw new IllegalStateException("the download's body was already read or closed; a Download is read once");
    }
    publisher.subscribe(new Flow.Subscriber<>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1);
      }

      @Override
      public void onNext(List<ByteBuffer> item) {
        chunks.add(item);
      }

      @Override
      public void onError(Throwable t) {
        chunks.add(t);
      }

      @Override
      public void onComplete() {
        chunks.add(END);
      }
    });
    long total = 0;
    try {
      while (true) {
        Object next = chunks.poll(stallTimeout.toMillis(), TimeUnit.MILLISECONDS);
        if (next == null) {
          close();
          throw new TransportException("The download stalled: no data for " + Transport.human(stallTimeout)
              + "; raise attemptTimeout(...) on the builder or check the server", "GET", uri, null);
        }
        if (next == END) {
          return total;
        }
        if (next instanceof Throwable t) {
          throw new TransportException("The download failed: " + t.getClass().getName(), "GET", uri, null);
        }
        @SuppressWarnings("unchecked")
        List<ByteBuffer> buffers = (List<ByteBuffer>) next;
        for (ByteBuffer b : buffers) {
          int len = b.remaining();
          total += len;
          if (total > cap) {
            close();
            throw new ResponseTooLargeException("GET", uri, 200, total, cap);
          }
          if (b.hasArray()) {
            out.write(b.array(), b.arrayOffset() + b.position(), len);
          } else {
            byte[] copy = new byte[len];
            b.get(copy);
            out.write(copy);
          }
        }
        subscription.request(1);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new TransportException("Interrupted while downloading", "GET", uri, null);
    } catch (IOException e) {
      close();
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Abandons the body: the exchange is cancelled if it was still running. */
  @Override
  public void close() {
    closed = true;
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    } else if (used.compareAndSet(false, true)) {
      publisher.subscribe(new Flow.Subscriber<>() {
        @Override
        public void onSubscribe(Flow.Subscription sub) {
          sub.cancel();
        }

        @Override
        public void onNext(List<ByteBuffer> item) {}

        @Override
        public void onError(Throwable t) {}

        @Override
        public void onComplete() {}
      });
    }
  }
}
