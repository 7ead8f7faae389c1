package io.github.patchwork4j.client.error;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Base of every failure the client reports: unchecked, and carried unchanged by a failed
 * {@link java.util.concurrent.CompletableFuture} or thrown by the blocking view.
 *
 * <p>Each exception names the request that failed ({@link #method()}, {@link #uri()}), the
 * HTTP status when the server answered ({@link #statusCode()}), the server's {@code detail}
 * text when it sent one ({@link #detail()}) and a bounded excerpt of the answer
 * ({@link #body()}). None of them ever contains a credential: the client never puts one in
 * a URL and removes the configured token or password from any text it quotes.
 */
public abstract class PatchworkException extends RuntimeException {

  /** Longest excerpt of a response body kept in an exception, in characters. */
  public static final int MAX_BODY_CHARS = 2048;

  /** The request's HTTP method. */
  private final String method;
  /** The request's URL. */
  private final URI uri;
  /** The answer's status, -1 when there was none. */
  private final int statusCode;
  /** The server's {@code detail}, redacted, or {@code null}. */
  private final String detail;
  /** A bounded, redacted excerpt of the answer's body, or {@code null}. */
  private final String body;

  /**
   * Creates an exception.
   *
   * @param message what happened and what to do about it
   * @param method the HTTP method of the failed request
   * @param uri the URL of the failed request
   * @param statusCode the HTTP status, or -1 when no answer arrived
   * @param detail the server's {@code detail} text, or {@code null}
   * @param body the answer's text, or {@code null}; cut to {@link #MAX_BODY_CHARS}
   * @param cause the underlying failure, or {@code null}
   */
  protected PatchworkException(
      String message,
      String method,
      URI uri,
      int statusCode,
      String detail,
      String body,
      Throwable cause) {
    super(message, cause);
    this.method = Objects.requireNonNull(method, "method");
    this.uri = Objects.requireNonNull(uri, "uri");
    this.statusCode = statusCode;
    this.detail = detail;
    this.body = body == null || body.length() <= MAX_BODY_CHARS ? body : body.substring(0, MAX_BODY_CHARS) + "…";
  }

  /**
   * The HTTP method of the request that failed (for example {@code GET}).
   *
   * @return the HTTP method of the request that failed (for example {@code GET})
   */
  public String method() {
    return method;
  }

  /**
   * The URL of the request that failed (never carries credentials).
   *
   * @return the URL of the request that failed (never carries credentials)
   */
  public URI uri() {
    return uri;
  }

  /**
   * The HTTP status the server answered with; empty when no answer arrived.
   *
   * @return the HTTP status the server answered with
   */
  public OptionalInt statusCode() {
    return statusCode < 0 ? OptionalInt.empty() : OptionalInt.of(statusCode);
  }

  /**
   * The server's {@code detail} text ({@code {"detail": "…"}}); a list of details is joined
   * with {@code "; "}. Empty when the answer had none (HTML pages, field errors, no answer).
   *
   * @return the server's {@code detail} text ({@code {"detail": "…"}})
   */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  /**
   * The beginning of the answer's body (at most {@link #MAX_BODY_CHARS} characters).
   *
   * @return the beginning of the answer's body (at most {@link #MAX_BODY_CHARS} characters)
   */
  public Optional<String> body() {
    return Optional.ofNullable(body);
  }
}
