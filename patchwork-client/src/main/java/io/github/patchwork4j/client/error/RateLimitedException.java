package io.github.patchwork4j.client.error;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429: something in front of the server (Patchwork itself configures no throttling)
 * asked the client to slow down, and the retries the client allows did not get through, or
 * the server asked for a pause longer than the client is configured to wait.
 */
public class RateLimitedException extends PatchworkException {

  /** The {@code Retry-After} pause, or {@code null}. */
  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do about it
   * @param method the HTTP method of the failed request
   * @param uri the URL of the failed request
   * @param statusCode the HTTP status (429)
   * @param detail the server's {@code detail} text, or {@code null}
   * @param body the answer's text, or {@code null}
   * @param retryAfter the pause the server asked for ({@code Retry-After}), or {@code null}
   */
  public RateLimitedException(
      String message,
      String method,
      URI uri,
      int statusCode,
      String detail,
      String body,
      Duration retryAfter) {
    super(message, method, uri, statusCode, detail, body, null);
    this.retryAfter = retryAfter;
  }

  /**
   * The pause the server asked for in its {@code Retry-After} header, if it sent one.
   *
   * @return the pause the server asked for in its {@code Retry-After} header, if it sent one
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
