package io.github.patchwork4j.client;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A file from Patchwork's web side (not the API): a patch, cover, series or bundle mbox, or
 * a raw diff. mbox files are {@code text/plain; charset=utf-8}, raw diffs
 * {@code text/x-patch}; the server names the file in {@code Content-Disposition}. Immutable.
 */
public final class Download {

  private final URI uri;
  private final String contentType;
  private final String filename;
  private final byte[] bytes;
  private final Charset charset;

  Download(URI uri, String contentType, String contentDisposition, byte[] bytes, Charset charset) {
    this.uri = Objects.requireNonNull(uri, "uri");
    this.contentType = contentType == null ? "" : contentType;
    this.filename = filenameOf(contentDisposition);
    this.bytes = bytes.clone();
    this.charset = charset;
  }

  /**
   * The URL the file came from (after the server's redirects).
   *
   * @return the URL the file came from (after the server's redirects)
   */
  public URI uri() {
    return uri;
  }

  /**
   * The {@code Content-Type} the server sent, e.g. {@code text/plain; charset=utf-8}.
   *
   * @return the {@code Content-Type} the server sent, e.g. {@code text/plain; charset=utf-8}
   */
  public String contentType() {
    return contentType;
  }

  /**
   * The file name the server suggests ({@code Content-Disposition: attachment;
   * filename=…}), e.g. {@code 1-6-mm-part-1.patch}.
   *
   * @return the file name the server suggests ({@code Content-Disposition: attachment;
   *     filename=…}), e.g. {@code 1-6-mm-part-1.patch}
   */
  public Optional<String> filename() {
    return Optional.ofNullable(filename);
  }

  /**
   * The file's bytes, unchanged (a copy), ready for {@code git am}.
   *
   * @return the file's bytes, unchanged (a copy), ready for {@code git am}
   */
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * The file as text, in the charset the server named (UTF-8 when none).
   *
   * @return the file as text, in the charset the server named (UTF-8 when none)
   */
  public String text() {
    return new String(bytes, charset);
  }

  /**
   * The size in bytes.
   *
   * @return the size in bytes
   */
  public int size() {
    return bytes.length;
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
    return "Download[" + uri + ", " + contentType + ", " + bytes.length + " bytes]";
  }
}
