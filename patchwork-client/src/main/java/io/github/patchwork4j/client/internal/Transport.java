package io.github.patchwork4j.client.internal;

import io.github.patchwork4j.client.RequestEvent;
import io.github.patchwork4j.client.error.ClientClosedException;
import io.github.patchwork4j.client.error.ResponseTooLargeException;
import io.github.patchwork4j.client.error.TransportException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Flow;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Sends requests over {@code java.net.http}: headers ({@code Accept}, {@code User-Agent},
 * {@code Authorization} only to the base URL's origin), the client-wide {@link Limiter} (one
 * permit per attempt, none held during a retry pause), a cap on the answer's size, timeouts,
 * retries by {@link RetryPolicy}, the request listener and logging with secrets redacted.
 * Answers of any status are returned as {@link HttpResult}s (mapping them to exceptions is
 * {@link ErrorMapper}'s job); only the absence of a usable answer fails the future, with a
 * {@link TransportException}. Redirects are never followed here.
 *
 * <p>Owns the client's threads: its executor (unless the builder was given one), one timer,
 * the {@link Senders} that wait for exchanges, and the {@link HttpClient}, built on the first
 * request. {@link #close()} fails the calls in flight, stops the timer, the senders and the
 * executor it created and drops the HTTP client (closing it where the JDK can). Cancelling a
 * returned future cancels the exchange in flight, a pending retry and a wait for a permit.
 */
public final class Transport {

  /** The logger of the whole client. */
  static final System.Logger LOG = System.getLogger("io.github.patchwork4j.client");

  private static final AtomicInteger CLIENTS = new AtomicInteger();

  private final ClientConfig config;
  private final Redactor redactor;
  private final Limiter limiter;
  private final String threadPrefix;
  private final ExecutorService ownExecutor;
  private final Executor executor;
  private final ScheduledThreadPoolExecutor timer;
  private final Senders senders;
  private final Set<Call<?>> live = ConcurrentHashMap.newKeySet();
  private final Object httpLock = new Object();
  private OwnedHttpClient http;
  private volatile boolean closed;

  /** A transport for the configuration; no thread is started and no connection opened yet. */
  public Transport(ClientConfig config) {
    this.config = config;
    this.redactor = new Redactor(config.credentials());
    // Once answers for half the processors wait for their decode, decoding is the bottleneck:
    // further requests would only add bodies held in memory, which G1 promotes (and keeps) when
    // they are alive at a young collection. See docs/performance.md, "How pages flow".
    this.limiter = new Limiter(config.maxRequestsInFlight(),
        Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    this.threadPrefix = "patchwork4j-" + CLIENTS.incrementAndGet() + "-";
    if (config.executor() != null) {
      this.ownExecutor = null;
      this.executor = config.executor();
    } else {
      int n = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
      ThreadPoolExecutor pool = new ThreadPoolExecutor(n, n, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
          daemonThreads(threadPrefix + "worker-"));
      pool.allowCoreThreadTimeOut(true);
      this.ownExecutor = pool;
      this.executor = pool;
    }
    this.timer = new ScheduledThreadPoolExecutor(1, daemonThreads(threadPrefix + "timer-"));
    this.timer.setRemoveOnCancelPolicy(true);
    this.timer.setKeepAliveTime(5, TimeUnit.SECONDS);
    this.timer.allowCoreThreadTimeOut(true);
    this.senders = new Senders(daemonThreads(threadPrefix + "send-"));
  }

  /** The redactor for this client's secrets. */
  public Redactor redactor() {
    return redactor;
  }

  /** Where answers are decoded and callbacks run: the builder's executor or the client's own. */
  public Executor executor() {
    return executor;
  }

  /** The client-wide bound on exchanges in flight. */
  public Limiter limiter() {
    return limiter;
  }

  /** The prefix of the names of the threads this client starts. */
  public String threadPrefix() {
    return threadPrefix;
  }

  /**
   * Releases everything: calls in flight fail with {@link ClientClosedException} (their
   * exchanges are cancelled), the timer and the executor the client created stop, and the HTTP
   * client is closed ({@link OwnedHttpClient}: its selector thread ends, its connections close). An executor
   * given to the builder is not shut down.
   */
  public void close() {
    closed = true;
    for (Call<?> call : live) {
      call.result.completeExceptionally(new ClientClosedException(call.request.method(), call.request.uri()));
    }
    timer.shutdownNow();
    senders.close();
    OwnedHttpClient client;
    synchronized (httpLock) {
      client = http;
      http = null;
    }
    if (client != null) {
      client.close();
    }
    if (ownExecutor != null) {
      ownExecutor.shutdownNow();
    }
  }

  /**
   * Builds the HTTP client on the executor now (no connection, no request), so that the first
   * request finds it built; until then {@code send} builds it itself when asked first.
   */
  void prepare() {
    Lazy.ahead(executor, this::http);
  }

  /** True once {@link #close()} was called. */
  public boolean isClosed() {
    return closed;
  }

  /** Runs {@code task} after {@code delay} on the client's timer. */
  public ScheduledFuture<?> schedule(Runnable task, Duration delay) {
    return timer.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  /**
   * Sends the request, retrying as the policy allows.
   *
   * @return a future with the last answer, or failed with a {@link TransportException} (a
   *     {@link ClientClosedException} after {@link #close()}) or a
   *     {@link ResponseTooLargeException}
   */
  public CompletableFuture<HttpResult> send(ApiRequest request) {
    return send(request, r -> r);
  }

  /**
   * Sends the request, retrying as the policy allows, and hands the last answer to
   * {@code read} on the client's executor while the attempt's permit is still held: the
   * limiter bounds answers waiting to be decoded as well as those on the wire, so a client
   * that receives faster than it decodes does not pile up bodies in memory. (A download's
   * streamed body returns its permit once its headers are in.)
   *
   * @return a future with what {@code read} returned, failed with what it threw, or failed as
   *     {@link #send(ApiRequest)}'s
   */
  public <R> CompletableFuture<R> send(ApiRequest request, Function<HttpResult, R> read) {
    if (closed) {
      return CompletableFuture.failedFuture(new ClientClosedException(request.method(), request.uri()));
    }
    Call<R> call = new Call<>(request, read);
    live.add(call);
    call.result.whenComplete((r, e) -> {
      live.remove(call);
      call.stop();
    });
    if (closed) {
      call.result.completeExceptionally(new ClientClosedException(request.method(), request.uri()));
    }
    call.attempt(1);
    return call.result;
  }

  private HttpClient http() {
    synchronized (httpLock) {
      if (closed) {
        throw new RejectedExecutionException("closed");
      }
      if (http == null) {
        ReadBuffers.preferLarge();
        HttpClient.Builder b =
            HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor);
        if (config.sslContext() != null) {
          b.sslContext(config.sslContext());
        } else if (config.base().root().getScheme().equals("http")) {
          b.sslContext(NoTls.context()); // a plain-HTTP server: no TLS machinery set up
        }
        if (config.proxy() != null) {
          b.proxy(config.proxy());
        }
        http = OwnedHttpClient.build(b);
      }
      return http.client();
    }
  }

  /** Takes a whole JSON answer: status, headers and body. */
  @FunctionalInterface
  private interface BodyRead {
    void read(int status, HttpHeaders headers, Body body);
  }

  /** One logical call: its attempts, deadline and the future the caller holds. */
  private final class Call<R> {
    final ApiRequest request;
    final Function<HttpResult, R> read;
    final Instant deadline;
    final CompletableFuture<R> result = new CompletableFuture<>();
    /** What the call waits for now: a permit, an exchange or a pause. */
    final AtomicReference<CompletableFuture<?>> pending = new AtomicReference<>();
    final ScheduledFuture<?> callTimer;

    Call(ApiRequest request, Function<HttpResult, R> read) {
      this.request = request;
      this.read = read;
      this.deadline = config.clock().instant().plus(config.callTimeout());
      ScheduledFuture<?> t;
      try {
        t = schedule(this::callTimedOut, config.callTimeout());
      } catch (RejectedExecutionException e) {
        t = null;
        result.completeExceptionally(new ClientClosedException(request.method(), request.uri()));
      }
      this.callTimer = t;
    }

    /** Cancels whatever the call still waits for (the call's future is complete). */
    void stop() {
      if (callTimer != null) {
        callTimer.cancel(false);
      }
      CompletableFuture<?> f = pending.getAndSet(null);
      if (f != null) {
        f.cancel(true);
      }
    }

    void wait(CompletableFuture<?> f) {
      pending.set(f);
      if (result.isDone()) {
        f.cancel(true);
      }
    }

    void fail(Throwable t) {
      if (t instanceof TransportException || t instanceof ResponseTooLargeException) {
        result.completeExceptionally(t);
      } else if (t instanceof RejectedExecutionException && closed) {
        result.completeExceptionally(new ClientClosedException(request.method(), request.uri()));
      } else {
        result.completeExceptionally(new TransportException(
            "The client failed while handling the answer (" + t.getClass().getName() + ")",
            request.method(), request.uri(), t instanceof Error ? null : t));
      }
    }

    void callTimedOut() {
      result.completeExceptionally(
          new TransportException(
              "No answer within the call timeout of " + human(config.callTimeout())
                  + " (retries included); raise callTimeout(...) on the builder or check the server",
              request.method(), request.uri(), new TimeoutException()));
    }

    void attempt(int n) {
      if (result.isDone()) {
        return;
      }
      CompletableFuture<Limiter.Permit> permit = limiter.acquire();
      wait(permit);
      permit.whenComplete((p, e) -> {
        if (e != null) {
          return; // cancelled: the call ended meanwhile
        }
        try {
          if (result.isDone()) {
            p.release();
            return;
          }
          send(n, p);
        } catch (Throwable t) {
          p.release();
          fail(t);
        }
      });
    }

    void send(int n, Limiter.Permit permit) {
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
        permit.release();
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
      final boolean sentCredentials = withCredentials;
      AtomicBoolean ended = new AtomicBoolean();
      AtomicBoolean timedOut = new AtomicBoolean();
      AtomicReference<ScheduledFuture<?>> attemptTimer = new AtomicReference<>();
      // What a cancellation of the call aborts: the exchange, until its answer is in. Registered
      // (below) before the exchange starts: its answer may come, and lead to a retry pause the
      // call then waits for, before the exchange's future is returned here.
      CompletableFuture<Void> abort = new CompletableFuture<>();
      // The attempt ends once: with the JSON body, on the HTTP client's thread that read its last
      // byte, or with the JDK's future (errors, streamed downloads), which completes later on
      // another thread. Whichever comes first stops the attempt's timer, leaves nothing to abort
      // (so the call's end cancels nothing: no exception built per request) and hands the
      // outcome on with the latency; the outcome returns the permit.
      Consumer<Consumer<Duration>> end = outcome -> {
        if (!ended.compareAndSet(false, true)) {
          return;
        }
        pending.compareAndSet(abort, null);
        ScheduledFuture<?> t = attemptTimer.get();
        if (t != null) {
          t.cancel(false);
        }
        try {
          outcome.accept(Duration.ofNanos(System.nanoTime() - started));
        } catch (Throwable e) {
          permit.release();
          fail(e);
        }
      };
      BodyRead onBody = (status, headers, body) ->
          end.accept(latency -> onAnswer(n, status, headers, body, latency, sentCredentials, permit));
      wait(abort);
      CompletableFuture<HttpResponse<Object>> f;
      try {
        f = senders.send(http(), httpRequest, handler(onBody));
        CompletableFuture<HttpResponse<Object>> sent = f;
        attemptTimer.set(schedule(() -> {
          timedOut.set(true);
          sent.cancel(true); // aborts the exchange
        }, config.attemptTimeout()));
        if (ended.get()) {
          attemptTimer.get().cancel(false);
        }
      } catch (RuntimeException e) {
        f = CompletableFuture.failedFuture(e);
      }
      CompletableFuture<HttpResponse<Object>> exchange = f;
      abort.whenComplete((v, e) -> {
        if (!ended.get()) {
          exchange.cancel(true);
        }
      });
      f.whenComplete((response, error) -> end.accept(latency -> {
        if (error != null) {
          permit.release();
          exchange.cancel(true);
          onFailure(n, timedOut.get() ? new HttpTimeoutException("attempt timed out") : unwrap(error), latency);
        } else {
          onAnswer(n, response.statusCode(), response.headers(), response.body(), latency, sentCredentials, permit);
        }
      }));
    }

    void onFailure(int n, Throwable cause, Duration latency) {
      notifyListener(n, OptionalInt.empty(), latency, cause);
      if (result.isDone()) {
        return;
      }
      if (cause instanceof BoundedBody.TooLarge tooLarge && tooLarge.heap) {
        result.completeExceptionally(new TransportException(
            "The answer passed " + tooLarge.size + " bytes, a quarter of this JVM's maximum heap of "
                + Runtime.getRuntime().maxMemory() + " bytes, and was not read further; give the JVM"
                + " more heap (-Xmx) or ask for smaller pages", request.method(), request.uri(), null));
        return;
      }
      if (cause instanceof BoundedBody.TooLarge tooLarge) {
        result.completeExceptionally(new ResponseTooLargeException(
            request.method(), request.uri(), -1, tooLarge.size, config.maxResponseBytes()));
        return;
      }
      if (cause instanceof RejectedExecutionException && closed) {
        result.completeExceptionally(new ClientClosedException(request.method(), request.uri()));
        return;
      }
      LOG.log(Level.DEBUG, () -> request + " failed after " + latency.toMillis() + " ms: "
          + redactor.redact(String.valueOf(cause)));
      if (unknownHost(cause)) {
        result.completeExceptionally(new TransportException(
            "Unknown host " + request.uri().getHost() + ": the name does not resolve; check the base URL",
            request.method(), request.uri(), null));
        return;
      }
      boolean nothingSent = cause instanceof ConnectException
          || cause instanceof HttpConnectTimeoutException;
      boolean io = cause instanceof IOException || cause instanceof TimeoutException;
      boolean retryable = io && (RetryPolicy.idempotent(request.method()) || nothingSent);
      if (retryable && retryAfterPause(n, config.retry().backoff(n + 1), "failed with " + cause.getClass().getSimpleName())) {
        return;
      }
      result.completeExceptionally(transportFailure(cause, n));
    }

    /**
     * JSON: the body up to the cap, handed to {@code onBody} by the thread that read the last one;
     * a download's successful non-HTML body: left to stream.
     */
    HttpResponse.BodyHandler<Object> handler(BodyRead onBody) {
      BoundedBody bounded = new BoundedBody(config.maxResponseBytes());
      return info -> {
        boolean stream = !request.expectJson() && info.statusCode() >= 200 && info.statusCode() < 300
            && !info.headers().firstValue("Content-Type").orElse("").toLowerCase(java.util.Locale.ROOT).contains("html");
        if (stream) {
          return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofPublisher(), p -> (Object) p);
        }
        HttpResponse.BodySubscriber<Body> bytes = bounded.apply(info);
        bytes.getBody().whenComplete((body, error) -> {
          if (error == null) {
            onBody.read(info.statusCode(), info.headers(), body);
          }
        });
        return HttpResponse.BodySubscribers.mapping(bytes, b -> (Object) b);
      };
    }

    void onAnswer(int n, int status, HttpHeaders headers, Object responseBody, Duration latency,
        boolean sentCredentials, Limiter.Permit permit) {
      notifyListener(n, OptionalInt.of(status), latency, null);
      LOG.log(Level.DEBUG, () -> request + " → " + status + " (" + latency.toMillis() + " ms)");
      HttpResult answer;
      if (responseBody instanceof Flow.Publisher<?> p) {
        @SuppressWarnings("unchecked")
        Flow.Publisher<List<ByteBuffer>> publisher = (Flow.Publisher<List<ByteBuffer>>) p;
        answer = new HttpResult(request, status, headers, Body.EMPTY, sentCredentials,
            new BodyStream(publisher, request.uri(), config.attemptTimeout()));
        permit.release();
        if (result.isDone()) {
          answer.stream().close();
        }
      } else {
        Body body = responseBody == null ? Body.EMPTY : (Body) responseBody;
        answer = new HttpResult(request, status, headers, body, sentCredentials);
      }
      if (RetryPolicy.retryableStatus(status) && RetryPolicy.idempotent(request.method())) {
        Optional<Duration> retryAfter = retryAfter(headers, config.clock());
        if (retryAfter.isPresent() && retryAfter.get().compareTo(config.retry().maxRetryAfter()) > 0) {
          LOG.log(Level.WARNING, () -> request + " answered " + status + " with Retry-After "
              + human(retryAfter.get()) + ", longer than the configured maximum "
              + human(config.retry().maxRetryAfter()) + "; not retrying");
        } else if (retryAfterPause(n, retryAfter.orElseGet(() -> config.retry().backoff(n + 1)), "answered " + status)) {
          permit.release();
          return;
        }
      }
      hand(answer, permit);
    }

    /**
     * Runs {@link #read} on the last answer on the executor, then returns the permit, which
     * counts as received meanwhile.
     */
    void hand(HttpResult answer, Limiter.Permit permit) {
      permit.received();
      try {
        executor.execute(() -> {
          boolean taken = false;
          try {
            taken = !result.isDone() && result.complete(read.apply(answer));
          } catch (Throwable t) {
            result.completeExceptionally(t);
          } finally {
            permit.release();
            if (!taken && answer.stream() != null) {
              answer.stream().close();
            }
          }
        });
      } catch (RejectedExecutionException e) {
        permit.release();
        if (answer.stream() != null) {
          answer.stream().close();
        }
        fail(e);
      }
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
        sleep = config.sleeper() != null ? config.sleeper().sleep(pause) : pause(pause);
      } catch (RuntimeException e) {
        sleep = CompletableFuture.failedFuture(e);
      }
      wait(sleep);
      sleep.whenComplete(
          (ignored, error) -> {
            if (result.isDone()) {
              return;
            }
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
      } else if (cause instanceof ConnectException) {
        msg = "Could not connect to " + hostOf(request.uri()) + after + " (" + cause.getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
            + "); check the base URL and that the server is running";
      } else if (cause instanceof CancellationException) {
        msg = "The request was cancelled";
      } else if (cause instanceof OutOfMemoryError) {
        msg = "Ran out of memory while reading the answer; give the JVM more heap, or lower"
            + " maxResponseBytes(...), maxRequestsInFlight(...) or pagesAhead(...)";
      } else {
        msg = "I/O failure" + after + ": " + cause.getClass().getName()
            + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
      }
      return new TransportException(redactor.redact(msg), request.method(), request.uri(),
          cause instanceof IOException || cause instanceof TimeoutException ? redactor.sanitize(cause) : null);
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

  private CompletableFuture<Void> pause(Duration pause) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    ScheduledFuture<?> t = schedule(() -> done.complete(null), pause);
    done.whenComplete((v, e) -> t.cancel(false));
    return done;
  }

  private static boolean unknownHost(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof UnresolvedAddressException || c instanceof UnknownHostException) {
        return true;
      }
    }
    return false;
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
  static Optional<Duration> retryAfter(HttpHeaders headers, Clock clock) {
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
        Duration d = Duration.between(clock.instant(), at);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread th = new Thread(r, prefix + n.incrementAndGet());
      th.setDaemon(true);
      return th;
    };
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
