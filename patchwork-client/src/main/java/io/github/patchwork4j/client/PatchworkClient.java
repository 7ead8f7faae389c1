package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiSession;
import io.github.patchwork4j.client.internal.BaseUrl;
import io.github.patchwork4j.client.internal.ClientConfig;
import io.github.patchwork4j.client.internal.Credentials;
import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.client.internal.RetryPolicy;
import io.github.patchwork4j.client.internal.Version;
import io.github.patchwork4j.model.ApiIndex;
import io.github.patchwork4j.model.ApiVersion;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;

/**
 * A client of one Patchwork server's REST API. Thread-safe; build one per server and share
 * it. Calls return {@link CompletableFuture}s failed with a
 * {@link io.github.patchwork4j.client.error.PatchworkException}; {@link #blocking()} is the
 * same API returning values and throwing.
 *
 * <pre>{@code
 * PatchworkClient pw = PatchworkClient.builder()
 *     .baseUrl("https://patchwork.ozlabs.org")   // site root, …/api or …/api/1.2
 *     .token(System.getenv("PW_TOKEN"))          // or basicAuth(user, password); none = anonymous
 *     .build();
 * Patch p = pw.patches().get(2225927).join();
 * }</pre>
 *
 * <p>The API version is negotiated on first use (highest first: {@code /api/1.4/}, then
 * 1.3, … — the newest the server answers), once per client, unless pinned with
 * {@link Builder#apiVersion(ApiVersion)} or a base URL ending in {@code /api/1.x}. Every
 * request carries {@code Accept: application/json} and a {@code User-Agent}; credentials go
 * only to the base URL's scheme, host and port, and links the server sends are moved onto
 * the base URL before they are followed.
 *
 * <p>One JVM-wide setting: unless {@code jdk.httpclient.bufsize} is set, the first client
 * sets it to 64 KiB before it builds its JDK {@link java.net.http.HttpClient} (the JDK reads
 * it once, for all its HTTP clients; its default of 16 KiB makes a 400 KB list page 25 reads).
 * Set the property yourself, e.g. {@code -Djdk.httpclient.bufsize=16384}, to keep another size.
 */
public final class PatchworkClient implements AutoCloseable {

  private final ApiSession session;
  private final PatchResource patches;
  private final CoverResource covers;
  private final SeriesResource series;
  private final CommentResource comments;
  private final CheckResource checks;
  private final ProjectResource projects;
  private final PersonResource people;
  private final UserResource users;
  private final BundleResource bundles;
  private final EventResource events;
  private final DownloadResource downloads;
  private final BlockingPatchworkClient blocking;
  private final Caller caller;

  private PatchworkClient(ClientConfig config, int bulkConcurrency) {
    this.session = new ApiSession(config);
    this.caller = new Caller(session);
    this.patches = new PatchResource(session, bulkConcurrency);
    this.covers = new CoverResource(session);
    this.series = new SeriesResource(session);
    this.comments = new CommentResource(session);
    this.checks = new CheckResource(session, caller, bulkConcurrency);
    this.projects = new ProjectResource(session);
    this.people = new PersonResource(session);
    this.users = new UserResource(session, caller);
    this.bundles = new BundleResource(session, caller);
    this.events = new EventResource(session);
    this.downloads = new DownloadResource(session);
    this.blocking = new BlockingPatchworkClient(this);
  }

  /**
   * A new builder; {@link Builder#baseUrl(String)} is required.
   *
   * @return this builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The API version in use: the pinned one, or the newest one the server offers (negotiated
   * on the first call and kept; a failed negotiation is retried by the next call).
   *
   * @return the API version in use: the pinned one, or the newest one the server offers (negotiated
   *     on the first call and kept
   */
  public CompletableFuture<ApiVersion> apiVersion() {
    return Futures.map(session.context(), ctx -> ctx.version());
  }

  /**
   * Whether the API version in use has the feature (negotiating first if needed).
   *
   * @param feature the feature to ask about
   * @return whether the API version in use has the feature (negotiating first if needed)
   */
  public CompletableFuture<Boolean> supports(ApiFeature feature) {
    Objects.requireNonNull(feature, "feature");
    return Futures.map(session.context(), ctx -> ctx.supports(feature));
  }

  /**
   * The API index ({@code GET /api/{version}/}): the URLs of the eight list endpoints.
   *
   * @return the API index ({@code GET /api/{version}/}): the URLs of the eight list endpoints
   */
  public CompletableFuture<ApiIndex> index() {
    return Resources.get(session, ApiIndex.class, null);
  }

  /**
   * The account the client is authenticated as, asked for on each call (keep the answer if
   * you need it often). Patchwork's API has no endpoint naming the caller: with
   * {@code basicAuth(...)} this is the user of that name ({@code GET users/?q=…}); an anonymous
   * client fails with an {@link io.github.patchwork4j.client.error.AuthenticationException},
   * a token client with an {@link UnsupportedOperationException} (a token does not name its
   * user; use {@code users().get(id)}).
   *
   * @return the caller's user
   */
  public CompletableFuture<io.github.patchwork4j.model.User> me() {
    return caller.me();
  }

  /**
   * The site root the client talks to.
   *
   * @return the site root, ending with {@code /}
   */
  public URI baseUrl() {
    return session.base().root();
  }

  /**
   * Patches.
   *
   * @return the operations on patches
   */
  public PatchResource patches() {
    return patches;
  }

  /**
   * Cover letters.
   *
   * @return the operations on cover letters
   */
  public CoverResource covers() {
    return covers;
  }

  /**
   * Series.
   *
   * @return the operations on series
   */
  public SeriesResource series() {
    return series;
  }

  /**
   * Comments on patches and cover letters.
   *
   * @return comments on patches and cover letters
   */
  public CommentResource comments() {
    return comments;
  }

  /**
   * Checks (CI results) of patches.
   *
   * @return checks (CI results) of patches
   */
  public CheckResource checks() {
    return checks;
  }

  /**
   * Projects.
   *
   * @return the operations on projects
   */
  public ProjectResource projects() {
    return projects;
  }

  /**
   * People (mail senders).
   *
   * @return the operations on people (mail senders)
   */
  public PersonResource people() {
    return people;
  }

  /**
   * User accounts.
   *
   * @return the operations on user accounts
   */
  public UserResource users() {
    return users;
  }

  /**
   * Bundles.
   *
   * @return the operations on bundles
   */
  public BundleResource bundles() {
    return bundles;
  }

  /**
   * Events.
   *
   * @return the operations on events
   */
  public EventResource events() {
    return events;
  }

  /**
   * mbox and raw diff downloads from the web side.
   *
   * @return mbox and raw diff downloads from the web side
   */
  public DownloadResource downloads() {
    return downloads;
  }

  /**
   * The same API, returning values and throwing the {@code PatchworkException} itself.
   *
   * @return the same API, returning values and throwing the {@code PatchworkException} itself
   */
  public BlockingPatchworkClient blocking() {
    return blocking;
  }

  /** The shared core, for resource groups of this package. */
  ApiSession session() {
    return session;
  }

  /**
   * Releases everything the client started: calls in flight fail with a
   * {@link io.github.patchwork4j.client.error.ClientClosedException} (their exchanges are
   * cancelled), the client's timer and the executor it created stop, and its HTTP client is
   * dropped (closed on JDKs that can). Later calls fail at once with a
   * {@code ClientClosedException}. An executor given to the builder is not shut down.
   */
  @Override
  public void close() {
    session.close();
  }

  @Override
  public String toString() {
    return "PatchworkClient[" + session.config() + "]";
  }

  /**
   * Configures a {@link PatchworkClient}. Not thread-safe. {@link #toString()} never shows
   * the token or password.
   */
  public static final class Builder {
    private String baseUrl;
    private Credentials credentials = Credentials.anonymous();
    private ApiVersion apiVersion;
    private boolean unversioned;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration attemptTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofMinutes(2);
    private int maxAttempts = RetryPolicy.defaults().maxAttempts();
    private Duration initialBackoff = RetryPolicy.defaults().initialBackoff();
    private Duration maxBackoff = RetryPolicy.defaults().maxBackoff();
    private Duration maxRetryAfter = RetryPolicy.defaults().maxRetryAfter();
    private Executor executor;
    private RequestListener listener;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper;
    private int maxRequestsInFlight = 8;
    private int pagesAhead = 6;
    private long maxResponseBytes = 64L << 20;
    private SSLContext sslContext;
    private ProxySelector proxy;
    private int bulkConcurrency = Bulk.DEFAULT_CONCURRENCY;

    private Builder() {}

    /**
     * The Patchwork site: its root ({@code https://patchwork.example.org}, also under a
     * sub-path like {@code https://host/patchwork/}), its {@code …/api}, or a versioned
     * {@code …/api/1.2}, which pins that version. No credentials, query or fragment.
     *
     * @param baseUrl the server address
     * @return this builder
     * @throws IllegalArgumentException for anything else
     */
    public Builder baseUrl(String baseUrl) {
      BaseUrl.parse(baseUrl); // fail here, where the caller made the mistake
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * As {@link #baseUrl(String)}.
     *
     * @param baseUrl the server address
     * @return this builder
     */
    public Builder baseUrl(URI baseUrl) {
      return baseUrl(Objects.requireNonNull(baseUrl, "baseUrl").toString());
    }

    /**
     * Authenticate with a Patchwork API token (from the web profile page), sent as
     * {@code Authorization: Token <key>}. A wrong token fails every call, even public reads.
     * {@code null} or a blank token means anonymous, so that
     * {@code token(System.getenv("PW_TOKEN"))} works with the variable unset.
     *
     * @param token the token, or {@code null}/blank for anonymous access
     * @return this builder
     */
    public Builder token(String token) {
      this.credentials = token == null || token.isBlank() ? Credentials.anonymous() : Credentials.token(token);
      return this;
    }

    /**
     * Authenticate with a user name and password (HTTP Basic).
     *
     * @param username the user name
     * @param password the password (never logged)
     * @return this builder
     */
    public Builder basicAuth(String username, String password) {
      this.credentials = Credentials.basic(username, password);
      return this;
    }

    /**
     * Send no credentials (the default): public reads only.
     *
     * @return this builder
     */
    public Builder anonymous() {
      this.credentials = Credentials.anonymous();
      return this;
    }

    /**
     * Use this API version without negotiating. Calls fail with an
     * {@link io.github.patchwork4j.client.error.EndpointNotFoundException} if the server does
     * not have it.
     *
     * @param version the API version
     * @return this builder
     */
    public Builder apiVersion(ApiVersion version) {
      this.apiVersion = Objects.requireNonNull(version, "apiVersion");
      return this;
    }

    /**
     * Send API calls to the unversioned {@code /api/} (which the server serves as its newest
     * version) instead of {@code /api/{version}/}, for servers or proxies that only route
     * that. Version checks still use the pinned or negotiated version.
     *
     * @return this builder
     */
    public Builder unversioned() {
      this.unversioned = true;
      return this;
    }

    /**
     * Limit for opening a connection (default 10 s).
     *
     * @param timeout the longest wait for a connection, positive
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "connectTimeout");
      return this;
    }

    /**
     * Limit for one attempt, until the whole answer arrived (default 30 s).
     *
     * @param timeout the longest wait for one attempt's answer, positive
     * @return this builder
     */
    public Builder attemptTimeout(Duration timeout) {
      this.attemptTimeout = Objects.requireNonNull(timeout, "attemptTimeout");
      return this;
    }

    /**
     * Limit for a whole call, retries and pauses included (default 2 min).
     *
     * @param timeout the longest time for a whole call, retries included, positive
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = Objects.requireNonNull(timeout, "callTimeout");
      return this;
    }

    /**
     * Attempts per call, the first included (default 3; 1 disables retries). GET, HEAD, PUT,
     * PATCH and DELETE are retried on I/O failures and on 408, 429, 502, 503, 504; POST only
     * when the connection failed before anything was sent. 409 is never retried.
     *
     * @param attempts the most attempts per call, at least 1 (1 = no retries)
     * @return this builder
     */
    public Builder maxAttempts(int attempts) {
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * Pause before the first retry and the longest pause (default 500 ms doubling to 8 s, with jitter).
     *
     * @param initial the first delay
     * @param max the upper bound
     * @return this builder
     */
    public Builder retryBackoff(Duration initial, Duration max) {
      this.initialBackoff = Objects.requireNonNull(initial, "initial");
      this.maxBackoff = Objects.requireNonNull(max, "max");
      return this;
    }

    /**
     * The longest {@code Retry-After} the client waits for (default 60 s); a longer one ends
     * the retries and reports the answer.
     *
     * @param max the upper bound
     * @return this builder
     */
    public Builder maxRetryAfter(Duration max) {
      this.maxRetryAfter = Objects.requireNonNull(max, "maxRetryAfter");
      return this;
    }

    /**
     * Where the HTTP client runs, answers are decoded and callbacks run (default: a pool the
     * client creates and stops on {@link PatchworkClient#close()}).
     *
     * @param executor the executor; the caller stops it, the client does not
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Sees every HTTP attempt: method, URL, status, latency (for metrics).
     *
     * @param listener called after every attempt
     * @return this builder
     */
    public Builder requestListener(RequestListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * The time source for call deadlines and {@code Retry-After} dates (for tests).
     *
     * @param clock the clock for retry pauses and timeouts
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The most HTTP exchanges the client has open at once, across all calls, listings and
     * pages fetched ahead (default 8); an answer counts until it is decoded. Further requests
     * wait, without holding a thread. It also caps the requests for pages ahead that all
     * listings have open at once (see {@link #pagesAhead(int)}). When decoding is what holds
     * the answers up (a fast server, many listings), fewer go out: no request is sent while
     * answers for half the machine's processors (at least one) wait to be decoded. A server
     * that is slow to answer still gets {@code max} requests at once.
     *
     * @param max at least 1
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public Builder maxRequestsInFlight(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxRequestsInFlight must be at least 1, got " + max);
      }
      this.maxRequestsInFlight = max;
      return this;
    }

    /**
     * How many page requests a list walk keeps in flight when the server names the last page
     * (default 6): the consumer of one page finds the next ones loaded. 1 fetches one page at
     * a time, only when the previous one is used up. The requests for pages ahead of all
     * listings together are capped at {@link #maxRequestsInFlight(int)}: with many listings at
     * once, each fetches ahead only while the cap allows, and the pages their consumers wait
     * for are not queued behind requests for pages nobody waits for yet.
     *
     * @param pages at least 1
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public Builder pagesAhead(int pages) {
      if (pages < 1) {
        throw new IllegalArgumentException("pagesAhead must be at least 1, got " + pages);
      }
      this.pagesAhead = pages;
      return this;
    }

    /**
     * The largest answer the client reads, in bytes (default 64 MiB). A larger one fails the
     * call with a {@link io.github.patchwork4j.client.error.ResponseTooLargeException} and is
     * not read past the limit.
     *
     * @param bytes at least 1, at most {@code Integer.MAX_VALUE - 8}
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder maxResponseBytes(long bytes) {
      if (bytes < 1 || bytes > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("maxResponseBytes must be between 1 and " + (Integer.MAX_VALUE - 8) + ", got " + bytes);
      }
      this.maxResponseBytes = bytes;
      return this;
    }

    /**
     * How the client waits between retries (for tests: record and skip the pauses).
     *
     * @param sleeper the pause between attempts
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * TLS settings, e.g. a trust store for a private CA.
     *
     * @param context the TLS context for https:// connections
     * @return this builder
     */
    public Builder sslContext(SSLContext context) {
      this.sslContext = Objects.requireNonNull(context, "sslContext");
      return this;
    }

    /**
     * The proxy selector (default: the JDK's).
     *
     * @param proxy the proxy selector
     * @return this builder
     */
    public Builder proxy(ProxySelector proxy) {
      this.proxy = Objects.requireNonNull(proxy, "proxy");
      return this;
    }

    /**
     * How many requests a bulk write ({@code patches().updateAll}, {@code updateSeries},
     * {@code checks().reportSeries}) keeps in flight at once, unless the call says otherwise
     * (default {@value Bulk#DEFAULT_CONCURRENCY}). Public instances disconnect clients that
     * open many connections; keep it small.
     *
     * @param maxConcurrency the most requests in flight at once, at least 1
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public Builder bulkConcurrency(int maxConcurrency) {
      this.bulkConcurrency = Bulk.concurrency(maxConcurrency);
      return this;
    }

    /**
     * The client.
     *
     * @return the client
     * @throws IllegalStateException without a base URL
     * @throws IllegalArgumentException for conflicting or invalid settings
     */
    public PatchworkClient build() {
      if (baseUrl == null) {
        throw new IllegalStateException("baseUrl(...) is required, e.g. https://patchwork.example.org");
      }
      BaseUrl base = BaseUrl.parse(baseUrl);
      ApiVersion pinned = apiVersion;
      if (base.pinnedVersion().isPresent()) {
        if (pinned != null && !pinned.equals(base.pinnedVersion().get())) {
          throw new IllegalArgumentException(
              "The base URL names API " + base.pinnedVersion().get() + " but apiVersion(" + pinned
                  + ") was set; keep one of them");
        }
        pinned = base.pinnedVersion().get();
      }
      ClientConfig config =
          new ClientConfig(
              base, credentials, pinned, unversioned, connectTimeout, attemptTimeout, callTimeout,
              new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxRetryAfter),
              executor, listener, clock, sleeper, sslContext, proxy, Version.userAgent(),
              maxRequestsInFlight, pagesAhead, maxResponseBytes);
      return new PatchworkClient(config, bulkConcurrency);
    }

    @Override
    public String toString() {
      return "PatchworkClient.Builder[baseUrl=" + baseUrl + ", " + credentials
          + ", apiVersion=" + (apiVersion == null ? "negotiated" : apiVersion) + "]";
    }
  }
}
