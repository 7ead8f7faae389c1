package io.github.patchwork4j.client.error;

import java.net.URI;

/**
 * No usable answer arrived: the connection failed, an attempt or the whole call timed out,
 * the call was interrupted, or the client was closed. Reported after the retries the client
 * allows; {@link #getCause()} holds the last underlying failure.
 */
public class TransportException extends PatchworkException {

  /**
   * Creates the exception.
   *
   * @param message what failed and what to check
   * @param method the HTTP method of the request
   * @param uri the URL of the request
   * @param cause the underlying failure, or {@code null}
   */
  public TransportException(String message, String method, URI uri, Throwable cause) {
    super(message, method, uri, -1, null, null, cause);
  }
}
