package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The fake Patchwork's request handling, independent of the HTTP server that carries it. One
 * instance per fake server; every request is handled under the instance's lock.
 */
public final class Server {

  static final Set<String> CATEGORIES = Set.of("cover-created", "patch-created", "patch-completed",
      "patch-state-changed", "patch-delegated", "patch-relation-changed", "check-created",
      "series-created", "series-completed", "cover-comment-created", "patch-comment-created");
  static final Set<String> COMMENT_CATEGORIES = Set.of("cover-comment-created", "patch-comment-created");

  private final Dataset dataset;
  private final int maxMinor;
  private final Clock clock;
  private final Credentials credentials;
  private String base = Dataset.CANONICAL_HOST;
  private Store store;
  private final Writes writes;
  private final Downloads downloads;
  private final Given given;

  /**
   * @param maxMinor the newest API version served is 1.{maxMinor}
   */
  public Server(Dataset dataset, int maxMinor, Clock clock, Credentials credentials) {
    this.dataset = dataset;
    this.maxMinor = maxMinor;
    this.clock = clock;
    this.credentials = credentials;
    this.store = new Store(dataset);
    this.writes = new Writes(this);
    this.downloads = new Downloads(this);
    this.given = new Given(this, writes);
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
      store.users.all().forEach(u -> names.add(Json.str(u, "username")));
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
    Render r = new Render(store, maxMinor, base, "1." + maxMinor, -1);
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
    try {
      int id = authenticate(call);
      return id < 0 ? null : Json.str(store.users.get(id), "username");
    } catch (Halt h) {
      return null;
    }
  }

  // ---- dispatch

  public synchronized Reply handle(Call call) {
    try {
      List<String> seg = call.segments();
      if (!seg.isEmpty() && seg.get(0).equals("api")) {
        return api(call);
      }
      return downloads.handle(call);
    } catch (Halt h) {
      return h.reply();
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

  private Object[] matchApi(List<String> seg) {
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
    return route == null ? null : new Object[] {route, prefix, minor};
  }

  private Integer versionMinor(String s) {
    for (int m = 0; m <= maxMinor; m++) {
      if (s.equals("1." + m)) {
        return m;
      }
    }
    return null;
  }

  Halt notFoundOrRedirect(Call call) {
    if (!call.rawPath().endsWith("/")) {
      List<String> withSlash = new ArrayList<>(call.segments());
      withSlash.add("");
      if (resolves(withSlash)) {
        String q = call.rawQuery();
        return new Halt(Pages.movedPermanently(call.rawPath() + "/" + (q == null ? "" : "?" + q)));
      }
    }
    return Pages.halt404(call.rawPath());
  }

  private Reply api(Call call) {
    Object[] m = matchApi(call.segments());
    if (m == null) {
      throw notFoundOrRedirect(call);
    }
    Route route = (Route) m[0];
    String prefix = (String) m[1];
    int minor = (Integer) m[2];
    Req pre = new Req(call, route, minor, prefix, -1, null);
    if (!acceptable(call.header("Accept"))) {
      Reply r = Reply.detail(406, "Could not satisfy the request Accept header.")
          .header("Allow", route.kind().allow()).header("Vary", "Accept");
      throw new Halt(r);
    }
    int user;
    try {
      user = authenticate(call);
    } catch (Halt h) {
      Reply r = h.reply();
      pre.viewHeaders().forEach(r::header);
      throw h;
    }
    Req req = new Req(call, route, minor, prefix, user, new Render(store, minor, base, prefix, user));
    String method = call.method();
    boolean safe = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    switch (route.kind()) {
      case PEOPLE: case PERSON: case USERS: case USER:
        if (req.anonymous()) {
          throw req.denied();
        }
        break;
      case BUNDLES: case BUNDLE:
        if (!safe && minor < 2) {
          throw req.error(405, "Method \"" + method + "\" not allowed.");
        }
        if (method.equals("POST") && req.anonymous()) {
          throw req.denied();
        }
        break;
      default:
        break;
    }
    if (!route.kind().allows(method)) {
      throw req.error(405, "Method \"" + method + "\" not allowed.");
    }
    if (method.equals("OPTIONS")) {
      return options(req);
    }
    if (safe) {
      return get(req);
    }
    return writes.handle(req);
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

  /** DRF's authenticators in order (Basic, Token); a bad credential is a 403 (§8.1). */
  int authenticate(Call call) {
    String header = call.header("Authorization");
    if (header == null) {
      return -1;
    }
    String[] auth = header.strip().split("\\s+");
    if (auth.length == 0 || auth[0].isEmpty()) {
      return -1;
    }
    String scheme = auth[0].toLowerCase(Locale.ROOT);
    if (scheme.equals("basic")) {
      if (auth.length == 1) {
        throw new Halt(Reply.detail(403, "Invalid basic header. No credentials provided."));
      }
      if (auth.length > 2) {
        throw new Halt(Reply.detail(403,
            "Invalid basic header. Credentials string should not contain spaces."));
      }
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(auth[1]), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new Halt(Reply.detail(403, "Invalid basic header. Credentials not correctly base64 encoded."));
      }
      // str.partition(':'): without a colon the whole text is the user name, the password empty
      int colon = decoded.indexOf(':');
      String name = colon < 0 ? decoded : decoded.substring(0, colon);
      String password = colon < 0 ? "" : decoded.substring(colon + 1);
      ObjectNode u = store.userByName(name);
      if (u == null || !credentials.password(Json.str(u, "username")).equals(password)) {
        throw new Halt(Reply.detail(403, "Invalid username/password."));
      }
      return Json.id(u);
    }
    if (scheme.equals("token")) {
      if (auth.length == 1) {
        throw new Halt(Reply.detail(403, "Invalid token header. No credentials provided."));
      }
      if (auth.length > 2) {
        throw new Halt(Reply.detail(403, "Invalid token header. Token string should not contain spaces."));
      }
      for (ObjectNode u : store.users.all()) {
        if (credentials.token(Json.str(u, "username")).equals(auth[1])) {
          return Json.id(u);
        }
      }
      throw new Halt(Reply.detail(403, "Invalid token."));
    }
    return -1;
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

  // ---- reads

  private Reply get(Req req) {
    Render r = req.render;
    Route route = req.route;
    switch (route.kind()) {
      case INDEX:
        return req.json(200, r.index());
      case PROJECTS:
        return list(req, new Listing(store.projects.all(), req.call.query())
            .search()
            .order(orders("id", Listing.number(Json::id), "name", Listing.text("name"),
                "link_name", null, "list_id", null), "id"), r::project);
      case PROJECT:
        return req.json(200, r.project(project(req)));
      case USERS:
        return list(req, new Listing(store.users.all(), req.call.query())
            .search("username", "first_name", "last_name", "email")
            .order(orders("id", Listing.number(Json::id), "username", Listing.text("username"),
                "email", Listing.text("email")), "id"), r::userRef);
      case USER:
        return req.json(200, r.user(found(req, store.users.get(route.id()))));
      case PEOPLE:
        return list(req, new Listing(store.people.all(), req.call.query())
            .search("name", "email")
            .order(orders("id", Listing.number(Json::id), "name", Listing.text("name"),
                "email", Listing.text("email")), "id"), r::person);
      case PERSON:
        return req.json(200, r.person(found(req, store.people.get(route.id()))));
      case PATCHES:
        return list(req, patches(req), p -> r.patch(p, false));
      case PATCH:
        return req.json(200, r.patch(found(req, store.patches.get(route.id())), true));
      case CHECKS:
        found(req, store.patches.get(route.id()));
        return list(req, checks(req), r::check);
      case CHECK:
        found(req, store.patches.get(route.id()));
        return req.json(200, r.check(found(req, checkOf(route.id(), route.sub()))));
      case PATCH_COMMENTS:
      case COVER_COMMENTS:
        String owner = commentOwner(req);
        return list(req, new Listing(store.comments(owner), req.call.query())
            .search()
            .order(orders("id", Listing.number(Json::id), "date", Listing.date("date"),
                "submitter", Listing.number(c -> Json.id(c.get("submitter"))), "subject", null),
                "id"), r::comment);
      case PATCH_COMMENT:
      case COVER_COMMENT:
        return req.json(200, r.comment(found(req, store.comment(commentOwner(req), route.sub()))));
      case COVERS:
        return list(req, covers(req), c -> r.cover(c, false));
      case COVER:
        return req.json(200, r.cover(found(req, store.covers.get(route.id())), true));
      case SERIES_LIST:
        boolean[] depsDropped = {false};
        return list(req, new Listing(store.series.all(), req.call.query())
            .multi("project", this::projectId, s -> Json.id(s.get("project")))
            .multi("submitter", this::personId, s -> Json.id(s.get("submitter")))
            .dates("date")
            .search("name")
            .order(orders("id", Listing.number(Json::id), "name", Listing.text("name"),
                "date", Listing.date("date"),
                "submitter", Listing.number(s -> Json.id(s.get("submitter"))),
                "received_all", null), "id"), s -> r.series(s, depsDropped));
      case SERIES:
        return req.json(200, r.series(found(req, store.series.get(route.id())), new boolean[1]));
      case BUNDLES:
        return list(req, new Listing(visibleBundles(req), req.call.query())
            .multi("project", this::projectId, b -> Json.id(b.get("project")))
            .multi("owner", this::userId, b -> Json.id(b.get("owner")))
            .bool("public", "public")
            .search("name")
            .order(orders("id", Listing.number(Json::id), "name", Listing.text("name"),
                "owner", Listing.number(b -> Json.id(b.get("owner")))), "id"), r::bundle);
      case BUNDLE:
        return req.json(200, r.bundle(visibleBundle(req)));
      case EVENTS:
        return list(req, events(req), r::event);
      default:
        throw req.notFound();
    }
  }

  private Reply list(Req req, Listing listing, Function<ObjectNode, JsonNode> render) {
    if (listing.serverError()) {
      throw Pages.halt500();
    }
    return Listing.page(req.call, base, listing.result(), slice -> {
      ArrayNode out = Json.array();
      slice.forEach(i -> out.add(render.apply(i)));
      return out;
    }, req.viewHeaders());
  }

  private static Map<String, Comparator<ObjectNode>> orders(Object... pairs) {
    Map<String, Comparator<ObjectNode>> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      @SuppressWarnings("unchecked")
      Comparator<ObjectNode> c = (Comparator<ObjectNode>) pairs[i + 1];
      m.put((String) pairs[i], c);
    }
    return m;
  }

  static <T> T found(Req req, T value) {
    if (value == null) {
      throw req.notFound();
    }
    return value;
  }

  ObjectNode project(Req req) {
    String key = req.route.key();
    if (Ints.isDigits(key)) {
      ObjectNode p = store.projects.get(Integer.parseInt(key));
      if (p != null) {
        return p;
      }
    }
    for (ObjectNode p : store.projects.all()) {
      if (key.equals(Json.str(p, "link_name"))) {
        return p;
      }
    }
    throw req.notFound();
  }

  private ObjectNode checkOf(int patchId, int checkId) {
    for (ObjectNode c : store.checks(patchId)) {
      if (Json.id(c) == checkId) {
        return c;
      }
    }
    return null;
  }

  /** "patch/ID" or "cover/ID" of a comment route; 404 when the patch or cover is unknown. */
  String commentOwner(Req req) {
    Route.Kind k = req.route.kind();
    boolean patch = k == Route.Kind.PATCH_COMMENTS || k == Route.Kind.PATCH_COMMENT;
    found(req, patch ? store.patches.get(req.route.id()) : store.covers.get(req.route.id()));
    return (patch ? "patch/" : "cover/") + req.route.id();
  }

  private Listing patches(Req req) {
    Listing l = new Listing(store.patches.all(), req.call.query())
        .multi("project", this::projectId, p -> Json.id(p.get("project")))
        .multi("series", v -> pk(v, store.series), Server::seriesOf)
        .multi("submitter", this::personId, p -> Json.id(p.get("submitter")))
        .multi("delegate", this::userId, p -> Json.id(p.get("delegate")))
        .multi("state", v -> {
          States.State s = store.states.forFilter(v);
          return s == null ? null : s.id();
        }, p -> {
          States.State s = store.states.bySlug(Json.str(p, "state"));
          return s == null ? -1 : s.id();
        })
        .bool("archived", "archived");
    if (req.minor >= 2) {
      l.single("hash", v -> p -> v.equalsIgnoreCase(Json.str(p, "hash")))
          .single("msgid", v -> p -> ("<" + v + ">").equals(Json.str(p, "msgid")));
    }
    return l.dates("date")
        .search("name")
        .order(orders("id", Listing.number(Json::id), "name", Listing.text("name"),
            "project", Comparator.comparing((ObjectNode p) -> projectLinkname(p)),
            "date", Listing.date("date"),
            "state", Listing.number(p -> store.states.ordering(Json.str(p, "state"))),
            "archived", Comparator.comparing((ObjectNode p) -> p.path("archived").asBoolean()),
            "submitter", Listing.number(p -> Json.id(p.get("submitter"))),
            "check", Comparator.comparing((ObjectNode p) -> store.combinedCheck(Json.id(p)))), "id");
  }

  private String projectLinkname(ObjectNode item) {
    ObjectNode p = store.projects.get(Json.id(item.get("project")));
    return p == null ? "" : Json.str(p, "link_name");
  }

  static int seriesOf(ObjectNode p) {
    JsonNode s = p.path("series");
    return s.size() == 0 ? -1 : Json.id(s.get(0));
  }

  private Listing covers(Req req) {
    Listing l = new Listing(store.covers.all(), req.call.query())
        .multi("project", this::projectId, c -> Json.id(c.get("project")));
    // the series filter validates its values against projects (§6.2): [] or a 500
    List<String> series = req.call.query().all("series");
    if (!series.isEmpty()) {
      boolean allProjects = true;
      for (String v : series) {
        allProjects &= pk(v, store.projects) != null;
      }
      l.keep(c -> false).fail(allProjects);
    }
    return l.multi("submitter", this::personId, c -> Json.id(c.get("submitter")))
        .single("msgid", v -> c -> ("<" + v + ">").equals(Json.str(c, "msgid")))
        .dates("date")
        .search("name")
        .order(orders("id", Listing.number(Json::id), "name", Listing.text("name"),
            "date", Listing.date("date"),
            "submitter", Listing.number(c -> Json.id(c.get("submitter")))), "id");
  }

  private Listing checks(Req req) {
    return new Listing(store.checks(req.route.id()), req.call.query())
        .multi("user", this::userId, c -> Json.id(c.get("user")))
        .single("state", v -> {
          String label = checkLabel(v);
          return label == null ? null : c -> label.equals(Json.str(c, "state"));
        })
        .single("context", v -> c -> v.equals(Json.str(c, "context")))
        .dates("date")
        .order(orders("id", Listing.number(Json::id), "user", Listing.number(c -> Json.id(c.get("user"))),
            "date", Listing.date("date"), "state", Listing.number(c -> checkCode(Json.str(c, "state"))),
            "target_url", Listing.text("target_url"), "context", Listing.text("context"),
            "description", Listing.text("description")), "id");
  }

  static final String[] CHECK_STATES = {"pending", "success", "warning", "fail"};

  /** The check-state label of a choice value "0".."3", or null. */
  static String checkLabel(String v) {
    for (int i = 0; i < CHECK_STATES.length; i++) {
      if (v.equals(Integer.toString(i))) {
        return CHECK_STATES[i];
      }
    }
    return null;
  }

  static int checkCode(String label) {
    for (int i = 0; i < CHECK_STATES.length; i++) {
      if (CHECK_STATES[i].equals(label)) {
        return i;
      }
    }
    return -1;
  }

  private Listing events(Req req) {
    List<ObjectNode> all = new ArrayList<>();
    for (ObjectNode e : store.events) {
      if (req.minor >= 3 || !COMMENT_CATEGORIES.contains(Json.str(e, "category"))) {
        all.add(e);
      }
    }
    Listing l = new Listing(all, req.call.query())
        .multi("project", this::projectId, e -> Json.id(e.get("project")))
        .single("category", v -> CATEGORIES.contains(v) ? e -> v.equals(Json.str(e, "category")) : null)
        .multi("series", v -> pk(v, store.series), e -> Json.id(e.path("payload").get("series")))
        .multi("patch", v -> pk(v, store.patches), e -> Json.id(e.path("payload").get("patch")))
        .multi("cover", v -> pk(v, store.covers), e -> Json.id(e.path("payload").get("cover")));
    if (req.minor >= 2) {
      l.single("actor", v -> {
        Integer id = pk(v, store.users);
        return id == null ? null : e -> Json.id(e.get("actor")) == id;
      });
    }
    return l.dates("date").order(orders("date", Listing.date("date")), "-date");
  }

  private List<ObjectNode> visibleBundles(Req req) {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode b : store.bundles.all()) {
      if (b.path("public").asBoolean() || Json.id(b.get("owner")) == req.user && req.user >= 0) {
        out.add(b);
      }
    }
    return out;
  }

  ObjectNode visibleBundle(Req req) {
    ObjectNode b = store.bundles.get(req.route.id());
    if (b == null || !b.path("public").asBoolean() && (req.user < 0 || Json.id(b.get("owner")) != req.user)) {
      throw req.notFound();
    }
    return b;
  }

  // ---- lookups of filter values (§6.1: an integer is a primary key, else the alternate field)

  static Integer pk(String v, Table table) {
    if (!Ints.isInt(v)) {
      return null;
    }
    int id = Ints.parse(v);
    return table.contains(id) ? id : null;
  }

  Integer projectId(String v) {
    if (Ints.isInt(v)) {
      return pk(v, store.projects);
    }
    for (ObjectNode p : store.projects.all()) {
      if (v.equalsIgnoreCase(Json.str(p, "link_name"))) {
        return Json.id(p);
      }
    }
    return null;
  }

  Integer personId(String v) {
    if (Ints.isInt(v)) {
      return pk(v, store.people);
    }
    for (ObjectNode p : store.people.all()) {
      if (v.equalsIgnoreCase(Json.str(p, "email"))) {
        return Json.id(p);
      }
    }
    return null;
  }

  Integer userId(String v) {
    if (Ints.isInt(v)) {
      return pk(v, store.users);
    }
    for (ObjectNode u : store.users.all()) {
      if (v.equalsIgnoreCase(Json.str(u, "username"))) {
        return Json.id(u);
      }
    }
    return null;
  }
}
