package io.github.patchwork4j.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One HTTP attempt as a {@link RequestListener} sees it. Carries no header and no
 * credential.
 *
 * @param method the HTTP method
 * @param uri the URL requested
 * @param status the HTTP status, empty when no answer arrived
 * @param latency the time from sending to the end of the answer (or the failure)
 * @param attempt 1 for the first attempt, 2 for the first retry, …
 * @param failure the I/O failure when no answer arrived
 */
public record RequestEvent(
    String method,
    URI uri,
    OptionalInt status,
    Duration latency,
    int attempt,
    Optional<Throwable> failure) {

  /**
   * Checks that no component is null.
   *
   * @param method the HTTP method, e.g. {@code GET}
   * @param uri the request URI
   * @param status the answer's HTTP status, or 0 when no answer came
   * @param latency the time from sending to the answer or the failure
   * @param attempt 1 for the first attempt, 2 for the first retry, …
   * @param failure what went wrong when no answer came
   */
  public RequestEvent {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(failure, "failure");
  }
}
