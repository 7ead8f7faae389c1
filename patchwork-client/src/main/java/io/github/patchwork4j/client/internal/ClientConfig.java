package io.github.patchwork4j.client.internal;

import io.github.patchwork4j.client.RequestListener;
import io.github.patchwork4j.client.Sleeper;
import io.github.patchwork4j.model.ApiVersion;
import java.net.ProxySelector;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;

/**
 * Everything the builder collected, checked and immutable. {@link #toString()} shows no
 * secret (credentials print as {@code token=***}).
 *
 * @param base the site
 * @param credentials how to authenticate
 * @param pinnedVersion the API version to use without negotiating, or {@code null}
 * @param unversioned send API calls to {@code /api/} instead of {@code /api/{version}/}
 * @param connectTimeout the limit for opening a connection
 * @param attemptTimeout the limit for one attempt (until the whole answer arrived)
 * @param callTimeout the limit for a whole call, retries and pauses included
 * @param retry when and how long to wait before retrying
 * @param executor where callbacks and the HTTP client run, or {@code null} for the default
 * @param listener sees every attempt, or {@code null}
 * @param clock the time source for deadlines
 * @param sleeper waits between retries, or {@code null} for the client's own timer
 * @param sslContext the TLS configuration, or {@code null} for the default
 * @param proxy the proxy selector, or {@code null} for the default
 * @param userAgent the {@code User-Agent} header
 * @param maxRequestsInFlight the most HTTP exchanges the client has open at once
 * @param pagesAhead how many pages a list walk fetches ahead (1: one page at a time)
 * @param maxResponseBytes the largest answer the client reads, in bytes
 */
public record ClientConfig(
    BaseUrl base,
    Credentials credentials,
    ApiVersion pinnedVersion,
    boolean unversioned,
    Duration connectTimeout,
    Duration attemptTimeout,
    Duration callTimeout,
    RetryPolicy retry,
    Executor executor,
    RequestListener listener,
    Clock clock,
    Sleeper sleeper,
    SSLContext sslContext,
    ProxySelector proxy,
    String userAgent,
    int maxRequestsInFlight,
    int pagesAhead,
    long maxResponseBytes) {

  /** Checks the required parts. */
  public ClientConfig {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(credentials, "credentials");
    positive(connectTimeout, "connectTimeout");
    positive(attemptTimeout, "attemptTimeout");
    positive(callTimeout, "callTimeout");
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(clock, "clock");
    atLeastOne(maxRequestsInFlight, "maxRequestsInFlight");
    atLeastOne(pagesAhead, "pagesAhead");
    atLeastOne(maxResponseBytes, "maxResponseBytes");
    Objects.requireNonNull(userAgent, "userAgent");
  }

  /** The pinned version, if any. */
  public Optional<ApiVersion> pinned() {
    return Optional.ofNullable(pinnedVersion);
  }

  private static void atLeastOne(long n, String name) {
    if (n < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + n);
    }
  }

  private static void positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + d);
    }
  }

  @Override
  public String toString() {
    return "ClientConfig[base=" + base + ", credentials=" + credentials
        + ", apiVersion=" + (pinnedVersion == null ? "negotiated" : pinnedVersion)
        + (unversioned ? ", unversioned" : "")
        + ", connectTimeout=" + connectTimeout + ", attemptTimeout=" + attemptTimeout
        + ", callTimeout=" + callTimeout + ", retry=" + retry + "]";
  }
}
