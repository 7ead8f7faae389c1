package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.BodyStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A file from Patchwork's web side (not the API): a patch, cover, series or bundle mbox, or
 * a raw diff. mbox files are {@code text/plain; charset=utf-8}, raw diffs
 * {@code text/x-patch}; the server names the file in {@code Content-Disposition}.
 *
 * <p>The server has answered, but the body is not read yet: it is streamed once, to a file
 * ({@link #writeTo(Path)}) or a stream ({@link #writeTo(OutputStream)}), without being held in
 * memory, or read whole when asked ({@link #bytes()}, {@link #text()}, {@link #size()}; those
 * keep it and may be called again). A stall longer than the attempt timeout fails the read
 * with a {@link io.github.patchwork4j.client.error.TransportException}. Close a download you do
 * not read ({@link #close()}) to free its connection. Thread-safe.
 */
public final class Download implements AutoCloseable {

  private final URI uri;
  private final String contentType;
  private final String filename;
  private final BodyStream stream;
  private final long maxBytes;
  private final Charset charset;
  private volatile byte[] bytes;

  Download(URI uri, String contentType, String contentDisposition, BodyStream stream, byte[] bytes,
      long maxBytes, Charset charset) {
    this.uri = Objects.requireNonNull(uri, "uri");
    this.contentType = contentType == null ? "" : contentType;
    this.filename = filenameOf(contentDisposition);
    this.stream = stream;
    this.bytes = stream == null ? bytes.clone() : null;
    this.maxBytes = maxBytes;
    this.charset = charset;
  }

  /**
   * The URL the file came from (after the server's redirects).
   *
   * @return the URL
   */
  public URI uri() {
    return uri;
  }

  /**
   * The {@code Content-Type} the server sent, e.g. {@code text/plain; charset=utf-8}.
   *
   * @return the content type, or "" when the server sent none
   */
  public String contentType() {
    return contentType;
  }

  /**
   * The file name the server suggests ({@code Content-Disposition: attachment;
   * filename=…}), e.g. {@code 1-6-mm-part-1.patch}.
   *
   * @return the file name, if the server sent one
   */
  public Optional<String> filename() {
    return Optional.ofNullable(filename);
  }

  /**
   * The file's bytes, unchanged (a copy), ready for {@code git am}. Reads the whole body into
   * memory on the first call (at most the client's {@code maxResponseBytes}).
   *
   * @return the bytes
   * @throws io.github.patchwork4j.client.error.PatchworkException when reading fails
   * @throws IllegalStateException when the body was already streamed by {@code writeTo}
   */
  public byte[] bytes() {
    return whole().clone();
  }

  /**
   * The file as text, in the charset the server named (UTF-8 when none).
   *
   * @return the text
   * @throws io.github.patchwork4j.client.error.PatchworkException when reading fails
   * @throws IllegalStateException when the body was already streamed by {@code writeTo}
   */
  public String text() {
    return new String(whole(), charset);
  }

  /**
   * The size in bytes (reads the whole body, as {@link #bytes()}).
   *
   * @return the size
   */
  public int size() {
    return whole().length;
  }

  /**
   * Streams the body to {@code out} (not closed) as it arrives.
   *
   * @param out where the bytes go
   * @return the number of bytes written
   * @throws io.github.patchwork4j.client.error.PatchworkException when the download fails or stalls
   * @throws UncheckedIOException when writing fails
   * @throws IllegalStateException when the body was already streamed
   */
  public long writeTo(OutputStream out) {
    Objects.requireNonNull(out, "out");
    byte[] b = bytes;
    if (b != null) {
      try {
        out.write(b);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return b.length;
    }
    return stream.transferTo(out, Long.MAX_VALUE);
  }

  /**
   * Streams the body into a file, replacing it only once the whole body arrived (it is written
   * to a temporary file next to it first).
   *
   * @param file the target file
   * @return the number of bytes written
   * @throws io.github.patchwork4j.client.error.PatchworkException when the download fails or stalls
   * @throws UncheckedIOException when writing fails
   * @throws IllegalStateException when the body was already streamed
   */
  public long writeTo(Path file) {
    Path target = Objects.requireNonNull(file, "file").toAbsolutePath();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
      long n;
      try (OutputStream out = Files.newOutputStream(tmp)) {
        n = writeTo(out);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      tmp = null;
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort
        }
      }
    }
  }

  /** Abandons a body not read yet (its exchange is cancelled); does nothing once read. */
  @Override
  public void close() {
    if (stream != null && bytes == null) {
      stream.close();
    }
  }

  private synchronized byte[] whole() {
    if (bytes == null) {
      bytes = stream.readAll(maxBytes);
    }
    return bytes;
  }

  static String filenameOf(String disposition) {
    if (disposition == null) {
      return null;
    }
    for (String part : disposition.split(";")) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("filename=")) {
        String v = p.substring("filename=".length()).strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
          v = v.substring(1, v.length() - 1);
        }
        return v.isEmpty() ? null : v;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    byte[] b = bytes;
    return "Download[" + uri + ", " + contentType + (b == null ? ", not read" : ", " + b.length + " bytes") + "]";
  }
}
