package io.github.patchwork4j.client.internal;

import io.github.patchwork4j.client.RequestEvent;
import io.github.patchwork4j.client.error.TransportException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends requests over {@code java.net.http}: headers ({@code Accept}, {@code User-Agent},
 * {@code Authorization} only to the base URL's origin), timeouts, retries by
 * {@link RetryPolicy}, the request listener and logging with secrets redacted. Answers of
 * any status are returned as {@link HttpResult}s (mapping them to exceptions is
 * {@link ErrorMapper}'s job); only the absence of an answer fails the future, with a
 * {@link TransportException}. Redirects are never followed here.
 */
public final class Transport {

  /** The logger of the whole client. */
  static final System.Logger LOG = System.getLogger("io.github.patchwork4j.client");

  /** Ends calls that exceed the call timeout; one daemon thread shared by all clients. */
  private static final ScheduledThreadPoolExecutor TIMER = newTimer();

  private final ClientConfig config;
  private final HttpClient http;
  private final Redactor redactor;
  private volatile boolean closed;

  /** A transport with its own {@link HttpClient} built from the configuration. */
  public Transport(ClientConfig config) {
    this.config = config;
    this.redactor = new Redactor(config.credentials());
    HttpClient.Builder b =
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER);
    if (config.executor() != null) {
      b.executor(config.executor());
    }
    if (config.sslContext() != null) {
      b.sslContext(config.sslContext());
    }
    if (config.proxy() != null) {
      b.proxy(config.proxy());
    }
    this.http = b.build();
  }

  /** The redactor for this client's secrets. */
  public Redactor redactor() {
    return redactor;
  }

  /** Stops accepting new requests; calls in flight finish. */
  public void close() {
    closed = true;
  }

  /** True once {@link #close()} was called. */
  public boolean isClosed() {
    return closed;
  }

  /**
   * Sends the request, retrying as the policy allows.
   *
   * @return a future with the last answer, or failed with a {@link TransportException}
   */
  public CompletableFuture<HttpResult> send(ApiRequest request) {
    if (closed) {
      return CompletableFuture.failedFuture(
          new TransportException(
              "The client is closed; build a new PatchworkClient", request.method(), request.uri(), null));
    }
    Call call = new Call(request);
    call.attempt(1);
    return call.result;
  }

  /** One logical call: its attempts, deadline and the future the caller holds. */
  private final class Call {
    final ApiRequest request;
    final Instant deadline;
    final CompletableFuture<HttpResult> result = new CompletableFuture<>();
    final AtomicReference<CompletableFuture<?>> inFlight = new AtomicReference<>();

    Call(ApiRequest request) {
      this.request = request;
      this.deadline = config.clock().instant().plus(config.callTimeout());
      ScheduledFuture<?> timer =
          TIMER.schedule(this::callTimedOut, config.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
      result.whenComplete((r, e) -> timer.cancel(false));
    }

    void callTimedOut() {
      if (result.completeExceptionally(
          new TransportException(
              "No answer within the call timeout of " + human(config.callTimeout())
                  + " (retries included); raise callTimeout(...) on the builder or check the server",
              request.method(), request.uri(), new TimeoutException()))) {
        CompletableFuture<?> f = inFlight.get();
        if (f != null) {
          f.cancel(true);
        }
      }
    }

    void attempt(int n) {
      if (result.isDone()) {
        return;
      }
      HttpRequest httpRequest;
      boolean withCredentials;
      try {
        HttpRequest.Builder b =
            HttpRequest.newBuilder(request.uri())
                .timeout(config.attemptTimeout())
                .header("Accept", request.expectJson() ? "application/json" : "*/*")
                .header("User-Agent", config.userAgent());
        withCredentials =
            config.credentials().present() && config.base().sameOrigin(request.uri());
        if (withCredentials) {
          b.header("Authorization", config.credentials().authorizationHeader().orElseThrow());
        }
        if (request.jsonBody() != null) {
          b.header("Content-Type", "application/json");
          b.method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.jsonBody()));
        } else {
          b.method(request.method(), HttpRequest.BodyPublishers.noBody());
        }
        if ("http".equalsIgnoreCase(request.uri().getScheme())) {
          b.version(HttpClient.Version.HTTP_1_1); // no h2c upgrade dance with plain-HTTP servers
        }
        httpRequest = b.build();
      } catch (RuntimeException e) {
        result.completeExceptionally(
            new TransportException(
                "Could not build the request: " + redactor.redact(e.getMessage()), request.method(),
                request.uri(), null));
        return;
      }
      if (LOG.isLoggable(Level.TRACE)) {
        LOG.log(Level.TRACE, () -> "→ " + request + " attempt " + n + " headers "
            + redactHeaders(httpRequest.headers()));
      }
      long started = System.nanoTime();
      CompletableFuture<HttpResponse<byte[]>> f;
      try {
        f = http.sendAsync(httpRequest, HttpResponse.BodyHandlers.ofByteArray())
            .orTimeout(config.attemptTimeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (RuntimeException e) {
        f = CompletableFuture.failedFuture(e);
      }
      inFlight.set(f);
      final boolean sentCredentials = withCredentials;
      final CompletableFuture<HttpResponse<byte[]>> attemptFuture = f;
      f.whenComplete(
          (response, error) -> {
            Duration latency = Duration.ofNanos(System.nanoTime() - started);
            try {
              if (error != null) {
                attemptFuture.cancel(true);
                onFailure(n, unwrap(error), latency);
              } else {
                onAnswer(n, response, latency, sentCredentials);
              }
            } catch (RuntimeException | Error e) {
              result.completeExceptionally(e);
            }
          });
    }

    void onFailure(int n, Throwable cause, Duration latency) {
      notifyListener(n, OptionalInt.empty(), latency, cause);
      if (result.isDone()) {
        return;
      }
      LOG.log(Level.DEBUG, () -> request + " failed after " + latency.toMillis() + " ms: " + cause);
      boolean nothingSent = cause instanceof ConnectException
          || cause instanceof HttpConnectTimeoutException
          || cause instanceof UnresolvedAddressException;
      boolean io = cause instanceof IOException || cause instanceof TimeoutException
          || cause instanceof UnresolvedAddressException;
      boolean retryable = io && (RetryPolicy.idempotent(request.method()) || nothingSent);
      if (retryable && retryAfterPause(n, config.retry().backoff(n + 1), "failed with " + cause.getClass().getSimpleName())) {
        return;
      }
      result.completeExceptionally(transportFailure(cause, n));
    }

    void onAnswer(int n, HttpResponse<byte[]> response, Duration latency, boolean sentCredentials) {
      int status = response.statusCode();
      notifyListener(n, OptionalInt.of(status), latency, null);
      LOG.log(Level.DEBUG, () -> request + " → " + status + " (" + latency.toMillis() + " ms)");
      byte[] body = response.body() == null ? new byte[0] : response.body();
      HttpResult answer = new HttpResult(request, status, response.headers(), body, sentCredentials);
      if (RetryPolicy.retryableStatus(status) && RetryPolicy.idempotent(request.method())) {
        Optional<Duration> retryAfter = retryAfter(response.headers());
        if (retryAfter.isPresent() && retryAfter.get().compareTo(config.retry().maxRetryAfter()) > 0) {
          LOG.log(Level.WARNING, () -> request + " answered " + status + " with Retry-After "
              + human(retryAfter.get()) + ", longer than the configured maximum "
              + human(config.retry().maxRetryAfter()) + "; not retrying");
        } else if (retryAfterPause(n, retryAfter.orElseGet(() -> config.retry().backoff(n + 1)), "answered " + status)) {
          return;
        }
      }
      result.complete(answer);
    }

    /** Schedules attempt n+1 after the pause when allowed; false when the call must end. */
    boolean retryAfterPause(int n, Duration pause, String why) {
      if (n >= config.retry().maxAttempts()) {
        return false;
      }
      if (config.clock().instant().plus(pause).isAfter(deadline)) {
        LOG.log(Level.DEBUG, () -> request + " " + why + "; no time left for a retry within the call timeout");
        return false;
      }
      LOG.log(Level.WARNING, () -> request + " " + why + "; retrying in " + human(pause)
          + " (attempt " + (n + 1) + " of " + config.retry().maxAttempts() + ")");
      CompletableFuture<Void> sleep;
      try {
        sleep = config.sleeper().sleep(pause);
      } catch (RuntimeException e) {
        sleep = CompletableFuture.failedFuture(e);
      }
      sleep.whenComplete(
          (ignored, error) -> {
            if (error != null) {
              result.completeExceptionally(
                  new TransportException("Interrupted while waiting to retry", request.method(), request.uri(), unwrap(error)));
            } else {
              attempt(n + 1);
            }
          });
      return true;
    }

    TransportException transportFailure(Throwable cause, int attempts) {
      String after = attempts > 1 ? " (after " + attempts + " attempts)" : "";
      String msg;
      if (cause instanceof HttpConnectTimeoutException) {
        msg = "Could not connect to " + hostOf(request.uri()) + " within " + human(config.connectTimeout()) + after
            + "; check the base URL and that the server is reachable";
      } else if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
        msg = "No answer within the attempt timeout of " + human(config.attemptTimeout()) + after
            + "; raise attemptTimeout(...) on the builder or check the server";
      } else if (cause instanceof ConnectException || cause instanceof UnresolvedAddressException) {
        msg = "Could not connect to " + hostOf(request.uri()) + after + " (" + cause.getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
            + "); check the base URL and that the server is running";
      } else if (cause instanceof CancellationException) {
        msg = "The request was cancelled";
      } else {
        msg = "I/O failure" + after + ": " + cause;
      }
      return new TransportException(redactor.redact(msg), request.method(), request.uri(), cause);
    }

    void notifyListener(int n, OptionalInt status, Duration latency, Throwable failure) {
      if (config.listener() == null) {
        return;
      }
      try {
        config.listener().onRequest(
            new RequestEvent(request.method(), request.uri(), status, latency, n, Optional.ofNullable(failure)));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "request listener failed; ignored", e);
      }
    }
  }

  private String redactHeaders(HttpHeaders headers) {
    StringBuilder b = new StringBuilder("{");
    headers.map().forEach((name, values) -> {
      if (b.length() > 1) {
        b.append(", ");
      }
      b.append(name).append('=');
      if (name.equalsIgnoreCase("Authorization")) {
        String v = values.isEmpty() ? "" : values.get(0);
        int space = v.indexOf(' ');
        b.append(space < 0 ? "***" : v.substring(0, space) + " ***");
      } else {
        b.append(redactor.redact(String.join(",", values)));
      }
    });
    return b.append('}').toString();
  }

  /** The pause a {@code Retry-After} header asks for: delta seconds or an HTTP date. */
  Optional<Duration> retryAfter(HttpHeaders headers) {
    Optional<String> value = headers.firstValue("Retry-After");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String v = value.get().trim();
    try {
      long seconds = Long.parseLong(v);
      return Optional.of(Duration.ofSeconds(Math.max(0, seconds)));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(config.clock().instant(), at);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
  }

  private static ScheduledThreadPoolExecutor newTimer() {
    ScheduledThreadPoolExecutor t =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread th = new Thread(r, "patchwork4j-call-timer");
              th.setDaemon(true);
              return th;
            });
    t.setRemoveOnCancelPolicy(true);
    return t;
  }

  static Throwable unwrap(Throwable t) {
    Throwable c = t;
    while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
      c = c.getCause();
    }
    return c;
  }

  private static String hostOf(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  static String human(Duration d) {
    if (d.toMillis() % 60_000 == 0 && d.toMillis() >= 60_000) {
      return d.toMinutes() + " min";
    }
    if (d.toMillis() % 1000 == 0) {
      return d.toSeconds() + " s";
    }
    return d.toMillis() + " ms";
  }
}
