package io.github.patchwork4j.client.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.patchwork4j.client.ApiFeature;
import io.github.patchwork4j.client.error.EndpointNotFoundException;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.model.json.PatchworkJson;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared core of one client: API version (pinned, or negotiated once and cached) and the
 * one path every call takes: {@link #execute(ApiCall)} for a described call, and the
 * lower-level {@link #getJson}, {@link #sendJson}, {@link #sendNoContent}, {@link #fetchPage}
 * and {@link #download} for steps of composite operations. All of them send through the
 * {@link Transport} (limiter, retries), map a non-2xx answer with {@link ErrorMapper}, decode on
 * the client's executor and complete their future once, failed with the
 * {@code PatchworkException} itself; cancelling it cancels the exchange. A future derived
 * from them with {@code thenApply}/{@code thenCompose} would wrap failures again and not pass a
 * cancellation back: steps are chained with {@link Futures#compose} and {@link Futures#map}.
 */
public final class ApiSession {

  private static final System.Logger LOG = Transport.LOG;
  private static final Pattern PAGE = Pattern.compile("(?:^|&)page=(\\d+)(?:&|$)");
  private static final int MAX_REDIRECTS = 5;

  private final ClientConfig config;
  private final Limiter pagesAheadAllowance;
  private final Transport transport;
  /** One for every client of the JVM: the client never reconfigures it, and it is thread-safe. */
  private static final Lazy<ObjectMapper> MAPPER = new Lazy<>(PatchworkJson::mapper);

  private final Lazy<ObjectMapper> mapper = MAPPER;
  private final ErrorMapper errors;
  private final AtomicReference<CompletableFuture<ApiContext>> negotiated = new AtomicReference<>();

  /** A session with its own transport. */
  public ApiSession(ClientConfig config) {
    this.config = config;
    this.transport = new Transport(config);
    this.pagesAheadAllowance = new Limiter(config.maxRequestsInFlight());
    this.errors = new ErrorMapper(mapper, transport.redactor(), config.clock());
    // A process's first call needs both the JSON mapper and the HTTP client, each a few hundred
    // classes to load: start on both now, side by side, without sending anything.
    mapper.prefetch(transport.executor());
    transport.prepare();
  }

  /** The configuration. */
  public ClientConfig config() {
    return config;
  }

  /**
   * The client-wide allowance of requests for pages ahead not yet answered:
   * {@code maxRequestsInFlight} of them (see {@link PageWalk}).
   */
  public Limiter pagesAheadAllowance() {
    return pagesAheadAllowance;
  }

  /** The JSON mapper used for every body: one {@link PatchworkJson#mapper()} shared by the JVM's clients. */
  public ObjectMapper mapper() {
    return mapper.get();
  }

  /** The configured site. */
  public BaseUrl base() {
    return config.base();
  }

  /** Releases the transport's threads and fails calls in flight; later calls fail at once. */
  public void close() {
    transport.close();
  }

  /** The transport (limiter, executor, timer). */
  public Transport transport() {
    return transport;
  }

  // ---------------------------------------------------------------- the pipeline

  /**
   * Runs one described call: negotiates the version, gates the feature, builds the URL and
   * query, sends through the limiter, maps a non-2xx answer to its exception, decodes on the
   * client's executor, and completes the returned future once with the value or the
   * {@code PatchworkException} itself. Cancelling the future cancels the exchange and any
   * pending retry.
   */
  public <T> CompletableFuture<T> execute(ApiCall<T> call) {
    CompletableFuture<T> out = new CompletableFuture<>();
    if (transport.isClosed()) {
      out.completeExceptionally(new io.github.patchwork4j.client.error.ClientClosedException(call.method(), base().root()));
      return out;
    }
    CompletableFuture<ApiContext> ctxFuture = context();
    out.whenComplete((v, e) -> ctxFuture.cancel(false));
    ctxFuture.whenComplete((ctx, e) -> {
      if (e != null) {
        out.completeExceptionally(Futures.unwrap(e));
        return;
      }
      try {
        URI uri = call.uri(ctx);
        ApiRequest request = new ApiRequest(call.method(), uri, encode(call.body()), true);
        run(request, out, r -> call.type() == null ? null : decode(r, call.type()));
      } catch (Throwable t) {
        out.completeExceptionally(failure(t, call.method(), base().root()));
      }
    });
    return out;
  }

  /**
   * Sends {@code request}, maps a non-2xx answer, reads a success with {@code read} on the
   * client's executor (within the request's permit, see {@link Transport#send(ApiRequest,
   * Function)}) and completes {@code out} with it. Cancelling {@code out} cancels the
   * exchange. Any throwable ends up in {@code out}.
   */
  <R> void run(ApiRequest request, CompletableFuture<R> out, Function<HttpResult, R> read) {
    CompletableFuture<R> sent = transport.send(request, r -> {
      if (r.status() < 200 || r.status() >= 300) {
        throw errors.toException(r);
      }
      return read.apply(r);
    });
    out.whenComplete((v, e) -> sent.cancel(true));
    sent.whenComplete((v, e) -> {
      if (e != null) {
        out.completeExceptionally(failure(Futures.unwrap(e), request.method(), request.uri()));
      } else {
        out.complete(v);
      }
    });
  }

  /** What a caller sees for a throwable: a PatchworkException as is, anything else typed. */
  private Throwable failure(Throwable t, String method, URI uri) {
    if (t instanceof io.github.patchwork4j.client.error.PatchworkException
        || t instanceof IllegalArgumentException || t instanceof java.util.concurrent.CancellationException) {
      return t;
    }
    if (t instanceof java.util.concurrent.RejectedExecutionException && transport.isClosed()) {
      return new io.github.patchwork4j.client.error.ClientClosedException(method, uri);
    }
    if (t instanceof OutOfMemoryError) {
      return new io.github.patchwork4j.client.error.TransportException(
          "Ran out of memory while handling the answer; give the JVM more heap or lower"
              + " maxRequestsInFlight(...)/pagesAhead(...)", method, uri, null);
    }
    return new io.github.patchwork4j.client.error.TransportException(
        "The client failed while handling the answer: " + t.getClass().getName()
            + (t.getMessage() == null ? "" : ": " + transport.redactor().redact(t.getMessage())),
        method, uri, t instanceof Error ? null : transport.redactor().sanitize(t));
  }

  // ---------------------------------------------------------------- version

  /**
   * The API in use: the pinned version at once, or the negotiated one. Negotiation runs once
   * per client (concurrent first callers share it); a failed negotiation is not kept, the
   * next call tries again.
   */
  public CompletableFuture<ApiContext> context() {
    Optional<ApiVersion> pinned = config.pinned();
    if (pinned.isPresent()) {
      ApiVersion v = pinned.get();
      return CompletableFuture.completedFuture(
          new ApiContext(v, config.unversioned() ? base().api(null) : base().api(v), true));
    }
    while (true) {
      CompletableFuture<ApiContext> current = negotiated.get();
      if (current != null) {
        return Futures.view(current);
      }
      CompletableFuture<ApiContext> mine = new CompletableFuture<>();
      if (negotiated.compareAndSet(null, mine)) {
        negotiate()
            .whenComplete((ctx, e) -> {
              if (e != null) {
                negotiated.compareAndSet(mine, null);
                mine.completeExceptionally(Futures.unwrap(e));
              } else {
                mine.complete(ctx);
              }
            });
        return Futures.view(mine);
      }
    }
  }

  /**
   * Newest first (docs/server-behaviour.md, "Negotiation"): {@code GET /api/1.4/} and {@code GET
   * /api/1.3/} are sent together, so a server of either of the two newest versions is settled in
   * one round trip; then 1.2, 1.1, 1.0 one by one. The newest version that answers a JSON object
   * wins, a 404 means "not this version". When every version is a 404, {@code /api/} tells "API
   * disabled or wrong base URL" from a server that only answers unversioned.
   */
  private CompletableFuture<ApiContext> negotiate() {
    List<ApiVersion> known = ApiVersion.known();
    int newest = known.size() - 1;
    CompletableFuture<HttpResult> second = probe(known.get(newest - 1));
    CompletableFuture<ApiContext> out = probe(known.get(newest)).thenCompose(r -> {
      if (!notOffered(known.get(newest), r)) {
        second.cancel(true);
        return CompletableFuture.completedFuture(accept(known.get(newest), r));
      }
      return second.thenCompose(r2 -> !notOffered(known.get(newest - 1), r2)
          ? CompletableFuture.completedFuture(accept(known.get(newest - 1), r2))
          : negotiate(newest - 2));
    });
    out.whenComplete((ctx, e) -> second.cancel(true));
    return out;
  }

  /** Version {@code index} of the known ones, then the older ones, one request at a time. */
  private CompletableFuture<ApiContext> negotiate(int index) {
    if (index < 0) {
      return probeUnversioned();
    }
    ApiVersion v = ApiVersion.known().get(index);
    return probe(v).thenCompose(r -> notOffered(v, r)
        ? negotiate(index - 1)
        : CompletableFuture.completedFuture(accept(v, r)));
  }

  /** {@code GET} of the index of version {@code v}; cancelling the future cancels the exchange. */
  private CompletableFuture<HttpResult> probe(ApiVersion v) {
    return transport.send(ApiRequest.get(base().api(v)));
  }

  private static boolean notOffered(ApiVersion v, HttpResult r) {
    if (r.status() != 404) {
      return false;
    }
    LOG.log(Level.DEBUG, () -> "API " + v + " not offered at " + r.uri());
    return true;
  }

  /** The context for {@code v} when its index answered a JSON object; else the answer's error. */
  private ApiContext accept(ApiVersion v, HttpResult r) {
    requireJsonObject(r);
    LOG.log(Level.DEBUG, () -> "negotiated API " + v + " with " + base().root());
    return new ApiContext(v, config.unversioned() ? base().api(null) : base().api(v), false);
  }

  private CompletableFuture<ApiContext> probeUnversioned() {
    URI uri = base().api(null);
    return transport.send(ApiRequest.get(uri)).thenApply(r -> {
      if (r.status() == 404) {
        throw new EndpointNotFoundException(
            "The server at " + base().root() + " answers 404 to /api/ and to every API version "
                + ApiVersion.known().get(0) + "–" + ApiVersion.known().get(ApiVersion.known().size() - 1)
                + ": its REST API seems disabled, or the base URL is not the Patchwork site root.",
            r.method(), r.uri(), r.status(), null, transport.redactor().redact(r.text()));
      }
      requireJsonObject(r);
      LOG.log(Level.WARNING, () -> "only the unversioned " + uri + " answers; assuming API "
          + ApiVersion.V1_0 + " features. Pin apiVersion(...) on the builder to use more.");
      return new ApiContext(ApiVersion.V1_0, uri, false);
    });
  }

  private void requireJsonObject(HttpResult r) {
    if (r.status() < 200 || r.status() >= 300) {
      throw errors.toException(r);
    }
    if (!r.isJson()) {
      throw errors.notJson(r);
    }
    JsonNode index;
    try {
      index = mapper.get().readTree(r.body().stream());
    } catch (Exception e) {
      throw errors.undecodable(r, "the API index (a JSON object)", e);
    }
    if (index == null || !index.isObject()) {
      throw errors.undecodable(r, "the API index (a JSON object)", new IllegalArgumentException("got " + index));
    }
  }

  /**
   * An API URL after the version gate: {@code endpoint(ApiFeature.BUNDLE_WRITES, "POST",
   * "bundles")} → {@code …/api/1.3/bundles/}, or a future failed with
   * {@link io.github.patchwork4j.client.error.UnsupportedFeatureException} (nothing sent).
   *
   * @param feature what the call needs, or {@code null} when it exists in every version
   * @param method the HTTP method the call will use (for the message)
   * @param segments the path segments after the prefix
   */
  public CompletableFuture<URI> endpoint(ApiFeature feature, String method, Object... segments) {
    return Futures.map(context(), ctx -> {
      URI uri = ctx.endpoint(segments);
      if (feature != null) {
        ctx.require(feature, method, uri);
      }
      return uri;
    });
  }

  // ---------------------------------------------------------------- JSON calls

  /**
   * Sends the request and returns the answer when it is a success (2xx); any other status
   * fails the future with the exception of the error table.
   */
  public CompletableFuture<HttpResult> exchange(ApiRequest request) {
    CompletableFuture<HttpResult> out = new CompletableFuture<>();
    run(request, out, r -> r);
    return out;
  }

  /** GET a JSON document and read it as {@code type}. */
  public <T> CompletableFuture<T> getJson(URI uri, Class<T> type) {
    CompletableFuture<T> out = new CompletableFuture<>();
    run(ApiRequest.get(uri), out, r -> decode(r, mapper.get().constructType(type)));
    return out;
  }

  /**
   * Sends {@code body} as JSON with {@code method} and reads the answer as {@code type}.
   * {@code body} may be a {@code byte[]} or {@code String} (sent as is), {@code null} (no
   * body) or any object the mapper writes ({@code Map} entries with {@code null} values are
   * written as JSON {@code null}).
   */
  public <T> CompletableFuture<T> sendJson(String method, URI uri, Object body, Class<T> type) {
    CompletableFuture<T> out = new CompletableFuture<>();
    run(ApiRequest.withBody(method, uri, encode(body)), out, r -> decode(r, mapper.get().constructType(type)));
    return out;
  }

  /** Sends a request whose success has no body to read (e.g. DELETE → 204). */
  public CompletableFuture<Void> sendNoContent(String method, URI uri, Object body) {
    CompletableFuture<Void> out = new CompletableFuture<>();
    run(ApiRequest.withBody(method, uri, encode(body)), out, r -> null);
    return out;
  }

  /** Writes a request body as JSON bytes. */
  public byte[] encode(Object body) {
    if (body == null) {
      return null;
    }
    if (body instanceof byte[] bytes) {
      return bytes.clone();
    }
    if (body instanceof String s) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
    try {
      return mapper.get().writeValueAsBytes(body);
    } catch (Exception e) {
      throw new IllegalArgumentException("cannot write the request body as JSON: " + e.getMessage(), e);
    }
  }

  /** Reads a successful answer as {@code type}, or throws a {@code DecodingException}. */
  public <T> T decode(HttpResult r, JavaType type) {
    if (!r.isJson()) {
      throw errors.notJson(r);
    }
    T value;
    try {
      value = mapper.get().readValue(r.body().stream(), type);
    } catch (Exception e) {
      throw errors.undecodable(r, describe(type), e);
    }
    if (value == null) {
      throw errors.undecodable(r, describe(type), "got JSON null");
    }
    return value;
  }

  private static String describe(JavaType type) {
    if (type.isCollectionLikeType()) {
      return "a JSON array of " + type.getContentType().getRawClass().getSimpleName();
    }
    return "a " + type.getRawClass().getSimpleName();
  }

  // ---------------------------------------------------------------- pages

  /**
   * A loader of pages for one list endpoint.
   *
   * @param endpoint the list URL for a context (may gate: throw UnsupportedFeatureException)
   * @param params writes the query's parameters for a context (may gate likewise)
   * @param itemType the item type
   * @param pageSize {@code per_page} for walking the list
   */
  public <T> PageLoader<T> pages(
      Function<ApiContext, URI> endpoint,
      BiConsumer<ApiContext, QueryParams> params,
      Class<T> itemType,
      int pageSize) {
    return new PageLoader<>(this, endpoint, params, itemType, pageSize, null);
  }

  /** Fetches one page: a JSON array, with the {@code Link} header read by {@code rel}. */
  public <T> CompletableFuture<RawPage<T>> fetchPage(URI uri, Class<T> itemType) {
    JavaType listType = mapper.get().getTypeFactory().constructCollectionType(List.class, itemType);
    CompletableFuture<RawPage<T>> out = new CompletableFuture<>();
    run(ApiRequest.get(uri), out, r -> {
      List<T> items = decode(r, listType);
      if (items.contains(null)) {
        throw errors.undecodable(r, describe(listType), "an item is JSON null");
      }
      LinkHeader links;
      try {
        List<String> values = r.headers().allValues("Link");
        links = values.isEmpty() ? LinkHeader.empty() : LinkHeader.parse(values);
      } catch (IllegalArgumentException e) {
        throw errors.badLink(r, e.getMessage());
      }
      for (String value : r.headers().allValues("Link")) {
        if (transport.redactor().containsSecret(value)) {
          throw errors.badLink(r, "its Link header carries the client's credentials; not followed");
        }
      }
      Optional<URI> next;
      OptionalInt last = OptionalInt.empty();
      try {
        next = links.target("next").map(t -> base().rebase(uri, t));
        Optional<URI> lastUri = links.target("last").map(t -> base().rebase(uri, t));
        if (lastUri.isPresent()) {
          String q = lastUri.get().getRawQuery();
          Matcher m = PAGE.matcher(q == null ? "" : q);
          last = OptionalInt.of(m.find() ? Integer.parseInt(m.group(1)) : 1);
        }
      } catch (IllegalArgumentException e) {
        throw errors.badLink(r, e.getMessage());
      }
      return new RawPage<>(uri, items, next, last);
    });
    return out;
  }

  // ---------------------------------------------------------------- downloads

  /**
   * GETs a web download (mbox, raw diff), following the server's redirects on the base only. A
   * 2xx HTML page fails with a {@link io.github.patchwork4j.client.error.DecodingException}.
   *
   * @param uri the first URL
   * @param queryAfterRedirect a query to put on the URL a redirect leads to (the legacy
   *     {@code /patch/{id}/mbox/} redirects drop the query), or {@code null}
   */
  public CompletableFuture<HttpResult> download(URI uri, String queryAfterRedirect) {
    return download(uri, queryAfterRedirect, 0);
  }

  private CompletableFuture<HttpResult> download(URI uri, String query, int redirects) {
    return Futures.compose(transport.send(ApiRequest.download(uri)), r -> {
      int s = r.status();
      if (s >= 300 && s < 400 && s != 304 && redirects < MAX_REDIRECTS && r.header("Location").isPresent()) {
        URI next;
        if (transport.redactor().containsSecret(r.header("Location").get())) {
          throw errors.badLink(r, "the redirect carries the client's credentials; not followed");
        }
        try {
          next = base().rebase(uri, r.header("Location").get());
        } catch (IllegalArgumentException e) {
          throw errors.badLink(r, e.getMessage());
        }
        if (query != null && next.getRawQuery() == null) {
          next = URI.create(next + "?" + query);
        }
        return download(next, query, redirects + 1);
      }
      if (s < 200 || s >= 300) {
        throw errors.toException(r);
      }
      if (r.isHtml()) {
        // Patchwork serves mboxes as text/plain and diffs as text/x-patch; a page is a login
        // wall or bot check in front of it.
        throw errors.unexpectedPage(r, "an mbox or diff");
      }
      return CompletableFuture.completedFuture(r);
    });
  }
}
