package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The fake Patchwork's request handling, independent of the HTTP server that carries it. One
 * instance per fake server; every request is handled under the instance's lock.
 */
public final class Server {

  private final Dataset dataset;
  private final int maxMinor;
  private final Clock clock;
  private final Credentials credentials;
  private String base = Dataset.CANONICAL_HOST;
  private Store store;
  private final Events events;
  private final Downloads downloads;
  private final Given given;
  private final Map<Route.Kind, Resource> routes = new EnumMap<>(Route.Kind.class);

  /**
   * @param maxMinor the newest API version served is 1.{maxMinor}
   */
  public Server(Dataset dataset, int maxMinor, Clock clock, Credentials credentials) {
    this.dataset = dataset;
    this.maxMinor = maxMinor;
    this.clock = clock;
    this.credentials = credentials;
    this.store = new Store(dataset);
    this.events = new Events(this);
    this.downloads = new Downloads(this);
    this.given = new Given(this, events);
    route(new IndexResource(), Route.Kind.INDEX);
    route(new ProjectsResource(this), Route.Kind.PROJECTS, Route.Kind.PROJECT);
    route(new UsersResource(this), Route.Kind.USERS, Route.Kind.USER);
    route(new PeopleResource(this), Route.Kind.PEOPLE, Route.Kind.PERSON);
    route(new PatchesResource(this, events), Route.Kind.PATCHES, Route.Kind.PATCH);
    route(new ChecksResource(this, events), Route.Kind.CHECKS, Route.Kind.CHECK);
    route(new CommentsResource(this, events), Route.Kind.PATCH_COMMENTS, Route.Kind.PATCH_COMMENT,
        Route.Kind.COVER_COMMENTS, Route.Kind.COVER_COMMENT);
    route(new CoversResource(this), Route.Kind.COVERS, Route.Kind.COVER);
    route(new SeriesResource(this), Route.Kind.SERIES_LIST, Route.Kind.SERIES);
    route(new BundlesResource(this), Route.Kind.BUNDLES, Route.Kind.BUNDLE);
    route(new EventsResource(this), Route.Kind.EVENTS);
    if (routes.size() != Route.Kind.values().length) {
      throw new IllegalStateException("A route kind without a handler");
    }
  }

  private void route(Resource resource, Route.Kind... kinds) {
    for (Route.Kind kind : kinds) {
      routes.put(kind, resource);
    }
  }

  /** The address links are written with, e.g. {@code http://127.0.0.1:8080}. */
  public synchronized void base(String base) {
    this.base = base;
  }

  synchronized String base() {
    return base;
  }

  Store store() {
    return store;
  }

  Credentials credentials() {
    return credentials;
  }

  Clock clock() {
    return clock;
  }

  int maxMinor() {
    return maxMinor;
  }

  /** Back to the data set the server started with. Tokens stay valid. */
  public synchronized void reset() {
    store = new Store(dataset);
  }

  /** Runs something against the state under the server's lock (test hooks). */
  public synchronized <T> T withStore(Function<Store, T> action) {
    return action.apply(store);
  }

  public synchronized void update(Consumer<Store> action) {
    action.accept(store);
  }

  public synchronized String tokenFor(String username) {
    requireUser(username);
    return credentials.token(username);
  }

  public synchronized String passwordFor(String username) {
    requireUser(username);
    return credentials.password(username);
  }

  private void requireUser(String username) {
    if (store.userByName(username) == null) {
      List<String> names = new ArrayList<>();
      store.users.all().forEach(u -> names.add(u.username()));
      throw new IllegalArgumentException("No user '" + username + "' in " + dataset.origin()
          + "; its users are " + names);
    }
  }

  /**
   * Adds or replaces an object (test hook) and answers it as the newest API version's detail
   * view on this server.
   *
   * @param kind project, user, person, patch, cover, series, check, patch-comment,
   *     cover-comment or bundle
   * @param owner the patch or cover of a check or comment
   */
  public synchronized JsonNode given(String kind, JsonNode in, int owner) {
    Render r = new Render(store, maxMinor, base, "1." + maxMinor, Principal.ANONYMOUS);
    switch (kind) {
      case "project":
        return r.project(given.project(in));
      case "user":
        return r.user(given.user(in));
      case "person":
        return r.person(given.person(in));
      case "patch":
        return r.patch(given.patch(in), true);
      case "cover":
        return r.cover(given.cover(in), true);
      case "series":
        return r.series(given.series(in), new boolean[1]);
      case "check":
        return r.check(given.check(owner, in));
      case "patch-comment":
        return r.comment(given.comment("patch", owner, in));
      case "cover-comment":
        return r.comment(given.comment("cover", owner, in));
      case "bundle":
        return r.bundle(given.bundle(in));
      default:
        throw new IllegalArgumentException(kind);
    }
  }

  /** The username the request's credentials belong to, or null (anonymous or unknown). */
  public synchronized String userOf(Call call) {
    if (Auth.authenticate(call, store, credentials) instanceof Result.Ok<Principal> ok
        && ok.value() instanceof Principal.Member m) {
      return store.users.get(m.id()).username();
    }
    return null;
  }

  // ---- dispatch

  public synchronized Reply handle(Call call) {
    try {
      List<String> seg = call.segments();
      if (!seg.isEmpty() && seg.get(0).equals("api")) {
        return api(call);
      }
      return downloads.handle(call);
    } catch (RuntimeException e) {
      Reply r = Pages.serverError();
      return Reply.text(500, "text/html; charset=utf-8", new String(r.bodyBytes(), StandardCharsets.UTF_8)
          + "<!-- FakePatchwork: " + Pages.escape(e.toString()).replace("--", "- -") + " -->\n");
    }
  }

  /** True when the path names a page or API resource (for Django's APPEND_SLASH). */
  boolean resolves(List<String> segments) {
    if (!segments.isEmpty() && segments.get(0).equals("api")) {
      return matchApi(segments) != null;
    }
    return downloads.matches(segments);
  }

  private ApiMatch matchApi(List<String> seg) {
    List<String> rest = seg.subList(1, seg.size());
    String prefix = null;
    int minor = maxMinor;
    if (rest.size() >= 2) {
      Integer vm = versionMinor(rest.get(0));
      if (vm != null) {
        prefix = rest.get(0);
        minor = vm;
        rest = rest.subList(1, rest.size());
      }
    }
    Route route = Route.match(rest, minor);
    return route == null ? null : new ApiMatch(route, prefix, minor);
  }

  private Integer versionMinor(String s) {
    for (int m = 0; m <= maxMinor; m++) {
      if (s.equals("1." + m)) {
        return m;
      }
    }
    return null;
  }

  /** Django's answer to a path it has no page for: APPEND_SLASH's redirect, or the 404 page. */
  Reply notFoundOrRedirect(Call call) {
    if (!call.rawPath().endsWith("/")) {
      List<String> withSlash = new ArrayList<>(call.segments());
      withSlash.add("");
      if (resolves(withSlash)) {
        String q = call.rawQuery();
        return Pages.movedPermanently(call.rawPath() + "/" + (q == null ? "" : "?" + q));
      }
    }
    return Pages.notFound(call.rawPath());
  }

  private Reply api(Call call) {
    ApiMatch match = matchApi(call.segments());
    if (match == null) {
      return notFoundOrRedirect(call);
    }
    Route route = match.route();
    if (!acceptable(call.header("Accept"))) {
      return Reply.detail(406, "Could not satisfy the request Accept header.")
          .header("Allow", route.kind().allow()).header("Vary", "Accept");
    }
    Result<Principal> auth = Auth.authenticate(call, store, credentials);
    if (auth instanceof Result.Fail<Principal> fail) {
      return fail.reply().headers(Req.viewHeaders(route));
    }
    Principal user = ((Result.Ok<Principal>) auth).value();
    Req req = new Req(call, match, user, new Render(store, match.minor(), base, match.prefix(), user));
    Resource resource = routes.get(route.kind());
    Optional<Reply> gated = resource.gate(req);
    if (gated.isPresent()) {
      return gated.get();
    }
    String method = call.method();
    if (!route.kind().allows(method)) {
      return req.notAllowed();
    }
    if (method.equals("OPTIONS")) {
      return options(req);
    }
    if (method.equals("GET") || method.equals("HEAD")) {
      return resource.read(req);
    }
    return resource.write(req);
  }

  private static boolean acceptable(String accept) {
    if (accept == null || accept.isBlank()) {
      return true;
    }
    for (String part : accept.split(",")) {
      String type = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
      if (type.equals("*/*") || type.equals("application/*") || type.equals("application/json")
          || type.equals("text/*") || type.equals("text/html") || type.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private Reply options(Req req) {
    ObjectNode body = Json.object();
    body.put("name", req.route.kind().viewName());
    body.put("description", "");
    body.putArray("renders").add("application/json").add("text/html");
    body.putArray("parses").add("application/json").add("application/x-www-form-urlencoded")
        .add("multipart/form-data");
    return req.json(200, body);
  }

  // ---- shared by the resources

  /** A list answer: the listing's page, each item rendered; a listing the server fails on is a 500. */
  <R> Reply list(Req req, Listing<R> listing, Function<R, JsonNode> render) {
    if (listing.serverError()) {
      return Pages.serverError();
    }
    return Listing.page(req.call, base, listing.result(), slice -> {
      ArrayNode out = Json.array();
      slice.forEach(i -> out.add(render.apply(i)));
      return out;
    }, req.viewHeaders());
  }
}
