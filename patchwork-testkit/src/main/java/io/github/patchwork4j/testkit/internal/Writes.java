package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * PUT, PATCH, POST and DELETE as the server answers them (§8), with the events the server emits
 * (§9).
 */
final class Writes {

  private static final Pattern SLUG = Pattern.compile("[-a-zA-Z0-9_]+");
  private static final Pattern HOST = Pattern.compile(
      "(?i)(localhost|(\\d{1,3}\\.){3}\\d{1,3}|\\[[0-9a-f:.]+\\]|([a-z0-9\\u00a1-\\uffff]([a-z0-9\\u00a1-\\uffff-]{0,61}"
      + "[a-z0-9\\u00a1-\\uffff])?\\.)+[a-z\\u00a1-\\uffff][a-z0-9\\u00a1-\\uffff-]{1,62}\\.?)");

  private final Server server;

  Writes(Server server) {
    this.server = server;
  }

  private Store store() {
    return server.store();
  }

  Reply handle(Req req) {
    String method = req.call.method();
    switch (req.route.kind()) {
      case PATCH:
        return patch(req, method.equals("PATCH"));
      case CHECKS:
        return createCheck(req);
      case PATCH_COMMENT:
      case COVER_COMMENT:
        return comment(req, method.equals("PATCH"));
      case PROJECT:
        return project(req);
      case USER:
        return user(req, method.equals("PATCH"));
      case BUNDLES:
        return createBundle(req);
      case BUNDLE:
        return bundle(req, method);
      default:
        throw req.error(405, "Method \"" + method + "\" not allowed.");
    }
  }

  // ---- request bodies (DRF parsers)

  ObjectNode data(Req req) {
    Call call = req.call;
    if (!call.hasBody()) {
      return Json.object();
    }
    String contentType = call.header("Content-Type");
    String media = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (media.equals("application/json")) {
      JsonNode parsed;
      try {
        parsed = Json.mapper().readTree(call.bodyBytes());
      } catch (JsonProcessingException e) {
        throw req.error(400, "JSON parse error - " + e.getOriginalMessage());
      } catch (java.io.IOException e) {
        throw req.error(400, "JSON parse error - " + e.getMessage());
      }
      if (parsed == null || parsed.isNull()) {
        if (req.route.kind() == Route.Kind.CHECKS) {
          // CheckSerializer.run_validation tests 'state' in None: a TypeError
          throw Pages.halt500();
        }
        // the serializer's answer to data=None
        ObjectNode body = Json.object();
        body.putArray("detail").add("No data provided");
        throw new Halt(req.json(400, body));
      }
      if (!parsed.isObject()) {
        ObjectNode body = Json.object();
        body.putArray("detail").add("Invalid data. Expected a dictionary, but got "
            + Fields.pythonType(parsed) + ".");
        throw new Halt(req.json(400, body));
      }
      return (ObjectNode) parsed;
    }
    if (media.equals("application/x-www-form-urlencoded")) {
      return form(Query.parse(call.bodyText()).pairs());
    }
    if (media.equals("multipart/form-data")) {
      String boundary = Multipart.boundary(contentType);
      if (boundary == null) {
        throw req.error(400, "Multipart form parse error - Invalid boundary in multipart: None");
      }
      return form(Multipart.fields(call.bodyBytes(), boundary));
    }
    throw req.error(415, "Unsupported media type \"" + (contentType == null ? "" : contentType)
        + "\" in request.");
  }

  /** Form fields (a {@code QueryDict}) as the JSON the writes read: repeated names become lists. */
  private static ObjectNode form(List<Map.Entry<String, String>> pairs) {
    ObjectNode out = Json.object();
    for (Map.Entry<String, String> p : pairs) {
      JsonNode prev = out.get(p.getKey());
      if (prev == null) {
        out.put(p.getKey(), p.getValue());
      } else if (prev.isArray()) {
        ((ArrayNode) prev).add(p.getValue());
      } else {
        ArrayNode a = out.putArray(p.getKey());
        a.add(prev);
        a.add(p.getValue());
      }
    }
    return out;
  }

  // ---- permissions (models.py is_editable)

  boolean patchEditable(ObjectNode patch, int user) {
    if (user < 0) {
      return false;
    }
    return user == store().userOfPerson(Json.id(patch.get("submitter")))
        || user == Json.id(patch.get("delegate"))
        || store().maintains(user, Json.id(patch.get("project")));
  }

  // ---- events (§9)

  private String eventDate() {
    return store().stamp(server.clock());
  }

  void emit(String category, int projectId, int actor, ObjectNode payload) {
    ObjectNode e = Json.object();
    e.put("id", store().nextEventId());
    e.put("category", category);
    e.set("project", Canon.projectRef(store().projects.get(projectId)));
    e.put("date", eventDate());
    e.set("actor", actor < 0 ? NullNode.instance : Canon.userRef(store().users.get(actor)));
    e.set("payload", payload);
    store().addEvent(e);
  }

  private ObjectNode patchPayload(int patchId) {
    ObjectNode payload = Json.object();
    payload.set("patch", Canon.patchRef(store().patches.get(patchId)));
    return payload;
  }

  private void relationChanged(int patchId, int actor) {
    ObjectNode payload = patchPayload(patchId);
    payload.putNull("previous_relation");
    payload.putNull("current_relation");
    emit("patch-relation-changed", Json.id(store().patches.get(patchId).get("project")), actor, payload);
  }

  // ---- patches (§8.3)

  private Reply patch(Req req, boolean partial) {
    Store st = store();
    int id = req.route.id();
    ObjectNode patch = Server.found(req, st.patches.get(id));
    if (!patchEditable(patch, req.user)) {
      throw req.denied();
    }
    Fields f = new Fields(data(req), partial);
    String commitRef = null;
    if (f.has("commit_ref")) {
      commitRef = f.text("commit_ref", 255, true, true);
    }
    String pullUrl = null;
    if (f.has("pull_url")) {
      pullUrl = f.text("pull_url", 255, true, true);
    }
    States.State state = null;
    if (!f.skip("state")) {
      JsonNode v = f.get("state");
      if (v.isNull() || v.isTextual() && v.asText().isEmpty()) {
        f.error("state", Fields.NOT_NULL);
      } else if (!v.isTextual()) {
        // StateField calls data.lower(): AttributeError, a 500 on the real server (§13)
        throw Pages.halt500();
      } else {
        String slug = States.slugify(v.asText().toLowerCase(Locale.ROOT));
        state = st.states.bySlug(slug);
        if (state == null) {
          List<String> slugs = new ArrayList<>();
          st.states.all().forEach(s -> slugs.add(s.slug()));
          f.error("state", "Invalid state " + slug + ". Expected one of: " + String.join(", ", slugs) + ".");
        }
      }
    }
    Boolean archived = null;
    if (f.has("archived")) {
      archived = f.bool("archived", false);
    }
    boolean setDelegate = false;
    Integer delegate = null;
    if (!f.skip("delegate")) {
      JsonNode v = f.get("delegate");
      setDelegate = true;
      if (!(v.isNull() || v.isTextual() && v.asText().isEmpty())) {
        delegate = f.pk("delegate", v, st.users);
        if (delegate != null && !st.maintains(delegate, Json.id(patch.get("project")))) {
          f.error("delegate", "User '" + Json.str(st.users.get(delegate), "username")
              + "' is not a maintainer for project '"
              + Json.str(st.projects.get(Json.id(patch.get("project"))), "name") + "'");
        }
      }
    }
    List<Integer> related = null;
    if (f.has("related")) {
      related = f.pks("related", st.patches);
    } else if (!partial) {
      related = List.of();
    }
    f.throwIfInvalid(req);

    int user = req.user;
    boolean relationInSave = false;
    if (related != null) {
      relationInSave = updateRelation(req, id, related);
    }
    ObjectNode edited = st.patches.edit(id);
    String previousState = Json.str(edited, "state");
    JsonNode previousDelegate = edited.get("delegate");
    if (f.has("commit_ref")) {
      setText(edited, "commit_ref", commitRef);
    }
    if (f.has("pull_url")) {
      setText(edited, "pull_url", pullUrl);
    }
    if (archived != null) {
      edited.put("archived", archived);
    }
    if (state != null) {
      edited.put("state", state.slug());
    }
    if (setDelegate) {
      edited.set("delegate", delegate == null ? NullNode.instance : Canon.userRef(st.users.get(delegate)));
    }
    int project = Json.id(edited.get("project"));
    if (state != null && !state.slug().equals(previousState)) {
      ObjectNode payload = patchPayload(id);
      payload.put("previous_state", previousState);
      payload.put("current_state", state.slug());
      emit("patch-state-changed", project, user, payload);
    }
    int before = Json.id(previousDelegate);
    int after = Json.id(edited.get("delegate"));
    if (setDelegate && before != after) {
      ObjectNode payload = patchPayload(id);
      payload.set("previous_delegate", before < 0 ? NullNode.instance : Canon.userRef(st.users.get(before)));
      payload.set("current_delegate", after < 0 ? NullNode.instance : Canon.userRef(st.users.get(after)));
      emit("patch-delegated", project, user, payload);
    }
    if (relationInSave) {
      relationChanged(id, user);
    }
    return req.json(200, req.render.patch(st.patches.get(id), true, partial));
  }

  private static void setText(ObjectNode node, String key, String value) {
    if (value == null) {
      node.putNull(key);
    } else {
      node.put(key, value);
    }
  }

  /**
   * {@code PatchDetailSerializer.update}'s relation handling. Emits the events of the patches
   * saved on the way; returns true when the patch itself leaves its relation in the final save
   * (its event then follows the state and delegate events).
   */
  private boolean updateRelation(Req req, int id, List<Integer> related) {
    Store st = store();
    TreeSet<Integer> involved = new TreeSet<>(related);
    Integer current = st.relationOf(id);
    involved.addAll(st.members(current));
    requireMaintainer(req, id);
    for (int p : involved) {
      requireMaintainer(req, p);
    }
    if (related.isEmpty()) {
      if (current == null) {
        return false;
      }
      TreeSet<Integer> members = st.members(current);
      if (members.size() == 2) {
        // the relation is deleted first; the database nulls both links, so no event
        for (int m : members) {
          st.setRelation(m, null);
        }
        return false;
      }
      st.setRelation(id, null);
      return true;
    }
    TreeSet<Integer> relations = new TreeSet<>();
    for (int p : involved) {
      Integer r = st.relationOf(p);
      if (r != null) {
        relations.add(r);
      }
    }
    if (relations.size() > 1) {
      throw conflict(req);
    }
    Integer relation = relations.isEmpty() ? null : relations.first();
    if (relation != null && current != null && !current.equals(relation)) {
      throw conflict(req);
    }
    if (relation == null) {
      relation = st.newRelation();
    }
    for (int p : involved) {
      if (!relation.equals(st.relationOf(p))) {
        st.setRelation(p, relation);
        // patches saved in this loop carry no editor: their events have no actor
        relationChanged(p, -1);
      }
    }
    if (!relation.equals(st.relationOf(id))) {
      st.setRelation(id, relation);
      relationChanged(id, req.user);
    }
    return false;
  }

  private void requireMaintainer(Req req, int patchId) {
    if (!store().maintains(req.user, Json.id(store().patches.get(patchId).get("project")))) {
      throw req.error(403, "At least one patch is part of a project you are not maintaining.");
    }
  }

  private static Halt conflict(Req req) {
    return req.error(409, "At least one patch is already part of another relation. You have to explicitly "
        + "remove a patch from its existing relation before moving it to this one.");
  }

  // ---- checks (§8.4)

  private Reply createCheck(Req req) {
    Store st = store();
    int patchId = req.route.id();
    ObjectNode patch = Server.found(req, st.patches.get(patchId));
    if (!patchEditable(patch, req.user)) {
      throw req.error(403, "You do not have permission to perform this action.");
    }
    Fields f = new Fields(data(req), true);
    JsonNode stateValue = f.get("state");
    if (stateValue == null || stateValue.isTextual() && stateValue.asText().isEmpty()) {
      ObjectNode body = Json.object();
      body.putArray("state").add("A check must have a state.");
      throw new Halt(req.json(400, body));
    }
    int user = req.user;
    if (f.has("user")) {
      Integer u = f.pk("user", f.get("user"), st.users);
      if (u != null) {
        user = u;
      }
    }
    String state = null;
    if (stateValue.isNull()) {
      f.error("state", Fields.NOT_NULL);
    } else {
      String raw = stateValue.isTextual() ? stateValue.asText() : stateValue.toString();
      int code = Server.checkCode(raw);
      if (code >= 0) {
        state = raw;
      } else if (Server.checkLabel(raw) != null && !stateValue.isBoolean()) {
        state = Server.checkLabel(raw);
      } else {
        f.error("state", "\"" + (stateValue.isBoolean() ? (stateValue.asBoolean() ? "True" : "False") : raw)
            + "\" is not a valid choice.");
      }
    }
    String targetUrl = null;
    if (f.has("target_url")) {
      targetUrl = f.text("target_url", 200, true, true);
      if (targetUrl != null && !targetUrl.isEmpty() && !validUrl(targetUrl)) {
        f.error("target_url", "Enter a valid URL.");
      }
    }
    String context = "default";
    if (f.has("context")) {
      context = f.text("context", 255, false, false);
      if (context != null && !SLUG.matcher(context).matches()) {
        f.error("context", "Enter a valid \"slug\" consisting of letters, numbers, underscores or hyphens.");
      }
    }
    String description = null;
    if (f.has("description")) {
      JsonNode d = f.get("description");
      description = d.isNull() ? null : f.text("description", Integer.MAX_VALUE, true, true);
    }
    f.throwIfInvalid(req);

    int checkId = st.nextCheckId();
    ObjectNode check = Json.object();
    check.put("id", checkId);
    check.put("url", Canon.API + "patches/" + patchId + "/checks/" + checkId + "/");
    check.set("user", Canon.userRef(st.users.get(user)));
    check.put("date", eventDate());
    check.put("state", state);
    setText(check, "target_url", targetUrl);
    check.put("context", context);
    setText(check, "description", description);
    st.addCheck(patchId, check);
    ObjectNode payload = patchPayload(patchId);
    payload.set("check", Canon.checkRef(check));
    emit("check-created", Json.id(patch.get("project")), user, payload);
    ObjectNode rendered = req.render.check(check);
    return req.json(201, rendered).header("Location", rendered.get("url").asText());
  }

  /** Django's {@code URLValidator}: http(s)/ftp(s), a host, no whitespace. */
  static boolean validUrl(String s) {
    if (s.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    try {
      URI u = new URI(s);
      String scheme = u.getScheme();
      if (scheme == null || !List.of("http", "https", "ftp", "ftps").contains(scheme.toLowerCase(Locale.ROOT))) {
        return false;
      }
      String authority = u.getRawAuthority();
      if (authority == null) {
        return false;
      }
      String host = authority.replaceFirst("^[^@]*@", "").replaceFirst(":\\d{1,5}$", "");
      return HOST.matcher(host).matches();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  // ---- comments (§8.5)

  private Reply comment(Req req, boolean partial) {
    Store st = store();
    String owner = server.commentOwner(req);
    int commentId = req.route.sub();
    ObjectNode comment = Server.found(req, st.comment(owner, commentId));
    boolean patchComment = owner.startsWith("patch/");
    int user = req.user;
    boolean editable;
    if (user < 0) {
      editable = false;
    } else if (patchComment) {
      ObjectNode patch = st.patches.get(req.route.id());
      editable = user == st.userOfPerson(Json.id(comment.get("submitter"))) || patchEditable(patch, user);
    } else {
      ObjectNode cover = st.covers.get(req.route.id());
      editable = user == st.userOfPerson(Json.id(comment.get("submitter")))
          || user == st.userOfPerson(Json.id(cover.get("submitter")))
          || st.maintains(user, Json.id(cover.get("project")));
    }
    if (!editable) {
      throw req.denied();
    }
    ObjectNode data = data(req);
    if (!partial) {
      // the view checks rights and parses the body first; then the hidden parent field, which
      // has no default outside POST, fails the serializer (§13)
      throw Pages.halt500();
    }
    Fields f = new Fields(data, true);
    boolean set = f.has("addressed");
    Boolean addressed = set ? f.bool("addressed", true) : null;
    f.throwIfInvalid(req);
    ObjectNode edited = comment;
    if (set) {
      edited = st.editComment(owner, commentId);
      if (addressed == null) {
        edited.putNull("addressed");
      } else {
        edited.put("addressed", addressed);
      }
    }
    // every save of a comment fires a "comment created" event (§8.5)
    ObjectNode payload = Json.object();
    int project;
    if (patchComment) {
      ObjectNode patch = st.patches.get(req.route.id());
      payload.set("patch", Canon.patchRef(patch));
      project = Json.id(patch.get("project"));
    } else {
      ObjectNode cover = st.covers.get(req.route.id());
      payload.set("cover", Canon.coverRef(cover));
      project = Json.id(cover.get("project"));
    }
    payload.set("comment", Canon.commentRef(edited));
    emit(patchComment ? "patch-comment-created" : "cover-comment-created", project, -1, payload);
    return req.json(200, req.render.comment(edited));
  }

  // ---- projects (§8.6)

  private static final String[] PROJECT_TEXT = {"web_url", "scm_url", "webscm_url", "list_archive_url",
    "list_archive_url_format", "commit_url_format"};

  private Reply project(Req req) {
    Store st = store();
    ObjectNode project = server.project(req);
    int id = Json.id(project);
    if (req.anonymous() || !st.maintains(req.user, id)) {
      throw req.denied();
    }
    Fields f = new Fields(data(req), true);
    ObjectNode changes = Json.object();
    for (String k : PROJECT_TEXT) {
      if (f.has(k)) {
        String v = f.text(k, 2000, false, true);
        if (f.ok(k)) {
          changes.put(k, v);
        }
      }
    }
    if (server.maxMinor() >= 4 && f.has("show_dependencies")) {
      Boolean b = f.bool("show_dependencies", false);
      if (b != null) {
        changes.put("show_dependencies", b);
      }
    }
    f.throwIfInvalid(req);
    ObjectNode edited = st.projects.edit(id);
    edited.setAll(changes);
    return req.json(200, req.render.project(edited));
  }

  // ---- users (§8.8)

  private Reply user(Req req, boolean partial) {
    Store st = store();
    int id = req.route.id();
    Server.found(req, st.users.get(id));
    if (id != req.user) {
      throw req.error(403, "You do not have permission to perform this action.");
    }
    Fields f = new Fields(data(req), partial);
    ObjectNode changes = Json.object();
    for (String k : new String[] {"first_name", "last_name"}) {
      if (f.has(k)) {
        String v = f.text(k, 150, false, true);
        if (f.ok(k)) {
          changes.put(k, v);
        }
      }
    }
    ObjectNode settings = null;
    if (!f.skip("settings")) {
      JsonNode s = f.get("settings");
      if (s.isNull()) {
        f.error("settings", Fields.NOT_NULL);
      } else if (!s.isObject()) {
        ObjectNode body = Json.object();
        body.putObject("settings").putArray("detail").add("Invalid data. Expected a dictionary, but got "
            + Fields.pythonType(s) + ".");
        throw new Halt(req.json(400, body));
      } else {
        settings = settings(req, (ObjectNode) s);
      }
    }
    f.throwIfInvalid(req);
    st.users.edit(id).setAll(changes);
    if (settings != null && req.minor >= 2) {
      st.settings(id).setAll(settings);
    }
    return req.json(200, req.render.user(st.users.get(id)));
  }

  /**
   * The nested {@code settings} of a user update. Every field has a model default, so none is
   * required, even in a PUT; errors are answered under {@code settings}.
   */
  private static ObjectNode settings(Req req, ObjectNode s) {
    Fields sf = new Fields(s, true);
    ObjectNode settings = Json.object();
    for (String k : new String[] {"send_email", "show_ids"}) {
      if (!sf.skip(k)) {
        Boolean b = sf.bool(k, false);
        if (b != null) {
          settings.put(k, b);
        }
      }
    }
    if (!sf.skip("items_per_page")) {
      JsonNode n = s.get("items_per_page");
      if (n.isIntegralNumber() && n.asLong() >= 0 && n.asLong() <= Integer.MAX_VALUE
          || n.isTextual() && Ints.isDigits(n.asText().strip())) {
        settings.put("items_per_page", n.isIntegralNumber() ? n.asInt() : Ints.parse(n.asText()));
      } else if (n.isIntegralNumber() || n.isTextual() && Ints.isInt(n.asText())) {
        sf.error("items_per_page", "Ensure this value is greater than or equal to 0.");
      } else {
        sf.error("items_per_page", "A valid integer is required.");
      }
    }
    try {
      sf.throwIfInvalid(req);
    } catch (Halt h) {
      ObjectNode body = Json.object();
      body.set("settings", Json.parse(h.reply().bodyBytes()));
      throw new Halt(req.json(400, body));
    }
    return settings;
  }

  // ---- bundles (§8.7)

  private Reply createBundle(Req req) {
    Store st = store();
    Fields f = new Fields(data(req), false);
    String name = f.skip("name") ? null : f.text("name", 50, false, false);
    List<Integer> patches = f.skip("patches") ? null : f.pks("patches", st.patches);
    validatePatches(f, patches);
    boolean isPublic = false;
    if (f.has("public")) {
      Boolean b = f.bool("public", false);
      isPublic = b != null && b;
    }
    f.throwIfInvalid(req);
    ObjectNode owner = st.users.get(req.user);
    requireUniqueName(req.user, name, -1);
    int id = st.bundles.nextId();
    ObjectNode b = Json.object();
    b.put("id", id);
    b.put("url", Canon.API + "bundles/" + id + "/");
    b.put("web_url", "");
    b.set("project", Canon.projectRef(st.projects.get(Json.id(st.patches.get(patches.get(0)).get("project")))));
    b.put("name", name);
    b.set("owner", Canon.userRef(owner));
    ArrayNode list = b.putArray("patches");
    patches.forEach(p -> list.add(Canon.patchRef(st.patches.get(p))));
    b.put("public", isPublic);
    b.put("mbox", "");
    bundleLinks(b);
    st.bundles.put(b);
    ObjectNode rendered = req.render.bundle(b);
    return req.json(201, rendered).header("Location", rendered.get("url").asText());
  }

  private void validatePatches(Fields f, List<Integer> patches) {
    if (patches == null) {
      return;
    }
    if (patches.isEmpty()) {
      f.error("patches", "Bundles cannot be empty");
      return;
    }
    long projects = patches.stream()
        .map(p -> Json.id(store().patches.get(p).get("project"))).distinct().count();
    if (projects > 1) {
      f.error("patches", "Bundle patches must belong to the same project");
    }
  }

  /** The unique constraint on (owner, name) has no validator: a duplicate is a 500 (§13). */
  private void requireUniqueName(int owner, String name, int except) {
    for (ObjectNode other : store().bundles.all()) {
      if (Json.id(other) != except && Json.id(other.get("owner")) == owner
          && Objects.equals(Json.str(other, "name"), name)) {
        throw Pages.halt500();
      }
    }
  }

  private void bundleLinks(ObjectNode b) {
    String path = Dataset.CANONICAL_HOST + Canon.bundlePath(Json.str(b.get("owner"), "username"), Json.str(b, "name"));
    b.put("web_url", path);
    b.put("mbox", path + "mbox/");
  }

  private Reply bundle(Req req, String method) {
    Store st = store();
    ObjectNode b = server.visibleBundle(req);
    int id = Json.id(b);
    if (req.user < 0 || Json.id(b.get("owner")) != req.user) {
      throw req.denied();
    }
    if (method.equals("DELETE")) {
      st.bundles.remove(id);
      Reply r = Reply.empty(204);
      req.viewHeaders().forEach(r::header);
      return r;
    }
    boolean partial = method.equals("PATCH");
    Fields f = new Fields(data(req), partial);
    String name = f.skip("name") ? null : f.text("name", 50, false, false);
    List<Integer> patches = f.skip("patches") ? null : f.pks("patches", st.patches);
    validatePatches(f, patches);
    Boolean isPublic = f.has("public") ? f.bool("public", false) : null;
    f.throwIfInvalid(req);
    if (name != null) {
      requireUniqueName(req.user, name, id);
    }
    ObjectNode edited = st.bundles.edit(id);
    if (name != null) {
      edited.put("name", name);
      bundleLinks(edited);
    }
    if (isPublic != null) {
      edited.put("public", isPublic);
    }
    if (patches != null && !patches.isEmpty()) {
      ArrayNode list = edited.putArray("patches");
      patches.forEach(p -> list.add(Canon.patchRef(st.patches.get(p))));
      edited.set("project", Canon.projectRef(st.projects.get(Json.id(st.patches.get(patches.get(0)).get("project")))));
    }
    return req.json(200, req.render.bundle(edited));
  }
}
