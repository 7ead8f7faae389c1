package io.github.patchwork4j.client.internal;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * A whole answer body as the HTTP client delivered it: its buffers, kept rather than copied
 * into one array. {@link #stream()} reads them in order without copying them first (what the
 * JSON decoder reads from); {@link #bytes()} joins them for the few uses that need an array.
 * Immutable: every read works on its own views of the buffers.
 */
public final class Body {

  /** No bytes. */
  public static final Body EMPTY = new Body(List.of(), 0);

  private final List<ByteBuffer> parts;
  private final int size;

  private Body(List<ByteBuffer> parts, int size) {
    this.parts = parts;
    this.size = size;
  }

  /** The body made of {@code parts}, read from their positions to their limits. */
  static Body of(List<ByteBuffer> parts) {
    long size = 0;
    for (ByteBuffer b : parts) {
      size += b.remaining();
    }
    if (size > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("a body of " + size + " bytes");
    }
    return new Body(List.copyOf(parts), (int) size);
  }

  /** The body of {@code bytes} (not copied: the caller gives them up). */
  public static Body of(byte[] bytes) {
    return bytes.length == 0 ? EMPTY : new Body(List.of(ByteBuffer.wrap(bytes)), bytes.length);
  }

  /** The number of bytes. */
  public int size() {
    return size;
  }

  /** A copy of the bytes in one array. */
  public byte[] bytes() {
    byte[] out = new byte[size];
    int at = 0;
    for (ByteBuffer b : parts) {
      ByteBuffer v = b.duplicate();
      int n = v.remaining();
      v.get(out, at, n);
      at += n;
    }
    return out;
  }

  /** The bytes as a stream, from the first. */
  public InputStream stream() {
    return new InputStream() {
      private int part;
      private ByteBuffer current = parts.isEmpty() ? null : parts.get(0).duplicate();

      private boolean advance() {
        while (current != null && !current.hasRemaining()) {
          part++;
          current = part < parts.size() ? parts.get(part).duplicate() : null;
        }
        return current != null;
      }

      @Override
      public int read() {
        return advance() ? current.get() & 0xff : -1;
      }

      @Override
      public int read(byte[] into, int off, int len) {
        if (len == 0) {
          return 0;
        }
        if (!advance()) {
          return -1;
        }
        int n = Math.min(len, current.remaining());
        current.get(into, off, n);
        return n;
      }

      @Override
      public int available() {
        return advance() ? current.remaining() : 0;
      }
    };
  }
}
