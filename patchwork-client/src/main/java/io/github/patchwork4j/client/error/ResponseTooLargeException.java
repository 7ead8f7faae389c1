package io.github.patchwork4j.client.error;

import java.net.URI;
import java.util.OptionalLong;

/**
 * An answer was larger than the client accepts ({@code maxResponseBytes} on the builder). The
 * client stops reading at the cap, so nothing past it is held in memory. Not retried.
 */
public class ResponseTooLargeException extends PatchworkException {

  /** The cap in bytes. */
  private final long limit;
  /** The size the server announced or the bytes read when the cap was passed, -1 if unknown. */
  private final long size;

  /**
   * Creates the exception.
   *
   * @param method the HTTP method of the request
   * @param uri the URL of the request
   * @param statusCode the HTTP status of the answer
   * @param size the announced size ({@code Content-Length}), or the bytes read when the cap was
   *     passed, or -1 when unknown
   * @param limit the cap in bytes
   */
  public ResponseTooLargeException(String method, URI uri, int statusCode, long size, long limit) {
    super("The answer to " + method + " " + uri + " is "
            + (size < 0 ? "larger than" : size + " bytes, over")
            + " the limit of " + limit + " bytes; raise maxResponseBytes(...) on the builder if"
            + " such answers are expected, or ask for smaller pages",
        method, uri, statusCode, null, null, null);
    this.limit = limit;
    this.size = size;
  }

  /**
   * The cap that was passed.
   *
   * @return the limit in bytes
   */
  public long limit() {
    return limit;
  }

  /**
   * The size of the answer as far as it was known.
   *
   * @return the announced {@code Content-Length}, or the bytes read when the cap was passed;
   *     empty when neither is known
   */
  public OptionalLong size() {
    return size < 0 ? OptionalLong.empty() : OptionalLong.of(size);
  }
}
