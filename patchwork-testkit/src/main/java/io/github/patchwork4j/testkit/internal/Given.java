package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.patchwork4j.model.DiffHash;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test hooks that add or replace data: the given object (the JSON of a model object) becomes a
 * stored object with canonical links, as if the server had received it. New patches, covers,
 * series, checks and comments emit their "created" events.
 */
final class Given {

  private static final String HOST = Dataset.CANONICAL_HOST;
  private static final Pattern PREFIXES = Pattern.compile("^\\[([^\\]]*)\\]");

  private final Server server;
  private final Events events;

  Given(Server server, Events events) {
    this.server = server;
    this.events = events;
  }

  private Store st() {
    return server.store();
  }

  private static int idOr(JsonNode in, Table table) {
    int id = Json.id(in);
    return id > 0 ? id : table.nextId();
  }

  private static int idOr(JsonNode in, Rows<?> rows) {
    int id = Json.id(in);
    return id > 0 ? id : rows.nextId();
  }

  private static JsonNode val(JsonNode in, String key, JsonNode fallback) {
    JsonNode v = in.get(key);
    return v == null || v.isMissingNode() ? fallback : v;
  }

  private static String text(JsonNode in, String key, String fallback) {
    JsonNode v = in.get(key);
    return v == null || v.isNull() ? fallback : v.asText();
  }

  private static IllegalArgumentException missing(String what, JsonNode ref, String hook) {
    return new IllegalArgumentException("The fake server has no " + what + " " + Json.id(ref)
        + (ref != null && ref.has("link_name") ? " ('" + ref.get("link_name").asText() + "')" : "")
        + ": add it first with " + hook);
  }

  // ---- users, people, projects

  UserRow user(JsonNode in) {
    Store st = st();
    int id = idOr(in, st.users);
    UserRow u = new UserRow(id, Canon.API + "users/" + id + "/", require(in, "username", "user"),
        text(in, "first_name", ""), text(in, "last_name", ""), text(in, "email", ""));
    st.users.put(u);
    JsonNode settings = in.get("settings");
    if (settings != null && settings.isObject()) {
      st.settings(id).setAll((ObjectNode) settings.deepCopy());
    }
    return u;
  }

  private static String require(JsonNode in, String key, String what) {
    String v = text(in, key, null);
    if (v == null || v.isEmpty()) {
      throw new IllegalArgumentException("A " + what + " needs a " + key);
    }
    return v;
  }

  /** A known user by the id of the reference; an unknown one is added from the reference. */
  private UserRow knownUser(JsonNode ref) {
    if (ref == null || ref.isNull()) {
      return null;
    }
    UserRow u = st().users.get(Json.id(ref));
    return u != null ? u : user(ref);
  }

  /** {@link #knownUser} as embedded in a stored object. */
  private JsonNode userRef(JsonNode ref) {
    return Canon.userRef(knownUser(ref));
  }

  PersonRow person(JsonNode in) {
    Store st = st();
    int id = idOr(in, st.people);
    PersonRow p = new PersonRow(id, Canon.API + "people/" + id + "/", text(in, "name", null),
        require(in, "email", "person"), knownUser(in.get("user")));
    st.people.put(p);
    return p;
  }

  /** A known person by the id of the reference; an unknown one is added from the reference. */
  private PersonRow knownPerson(JsonNode ref) {
    if (ref == null || ref.isNull()) {
      throw new IllegalArgumentException("A submitter is required");
    }
    PersonRow p = st().people.get(Json.id(ref));
    return p != null ? p : person(ref);
  }

  private ObjectNode personRef(JsonNode ref) {
    return Canon.personRef(knownPerson(ref));
  }

  ProjectRow project(JsonNode in) {
    Store st = st();
    int id = idOr(in, st.projects);
    List<UserRow> maintainers = new ArrayList<>();
    for (JsonNode m : in.path("maintainers")) {
      maintainers.add(knownUser(m));
    }
    JsonNode deps = in.get("show_dependencies");
    ProjectRow p = new ProjectRow(id, Canon.API + "projects/" + id + "/", require(in, "name", "project"),
        require(in, "link_name", "project"), text(in, "list_id", ""), text(in, "list_email", ""),
        text(in, "web_url", ""), text(in, "scm_url", ""), text(in, "webscm_url", ""), maintainers,
        text(in, "subject_match", ""), text(in, "list_archive_url", ""), text(in, "list_archive_url_format", ""),
        text(in, "commit_url_format", ""), deps == null || deps.isNull() ? null : deps.asBoolean());
    st.projects.put(p);
    return p;
  }

  private ProjectRow projectOf(JsonNode ref) {
    ProjectRow p = ref == null ? null : st().projects.get(Json.id(ref));
    if (p == null) {
      throw missing("project", ref, "givenProject(...)");
    }
    return p;
  }

  // ---- submissions

  private static String msgid(JsonNode in) {
    String m = require(in, "msgid", "patch, cover or comment");
    return m.startsWith("<") ? m : "<" + m + ">";
  }

  private static String urlMsgid(String msgid) {
    return msgid.replaceAll("^<+|>+$", "").replace("/", "%2F");
  }

  /** The message's link in the project's list archive, or null when the project has no archive. */
  private static String archiveLink(ProjectRow project, String msgid) {
    String format = project.listArchiveUrlFormat();
    return format == null || format.isEmpty() ? null : format.replace("{}", urlMsgid(msgid));
  }

  private static JsonNode archiveUrl(ProjectRow project, String msgid) {
    String link = archiveLink(project, msgid);
    return link == null ? NullNode.instance : Json.mapper().getNodeFactory().textNode(link);
  }

  private ArrayNode seriesRefs(JsonNode refs) {
    ArrayNode out = Json.array();
    for (JsonNode ref : refs) {
      ObjectNode s = st().series.get(Json.id(ref));
      if (s == null) {
        throw missing("series", ref, "givenSeries(...)");
      }
      out.add(Canon.seriesRef(s));
    }
    return out;
  }

  /**
   * The fields a patch and a cover begin with, id to name; {@code kind} as in their web URLs
   * ("patch", "cover"), {@code collection} as in their API URLs ("patches/", "covers/").
   */
  private static ObjectNode submission(JsonNode in, String kind, String collection, int id,
      ProjectRow project) {
    String msgid = msgid(in);
    ObjectNode out = Json.object();
    out.put("id", id);
    out.put("url", Canon.API + collection + id + "/");
    out.put("web_url", HOST + "/project/" + project.linkName() + "/" + kind + "/"
        + urlMsgid(msgid) + "/");
    out.set("project", Canon.projectRef(project));
    out.put("msgid", msgid);
    out.set("list_archive_url", archiveUrl(project, msgid));
    out.put("date", date(in));
    out.put("name", require(in, "name", kind));
    return out;
  }

  ObjectNode patch(JsonNode in) {
    Store st = st();
    int id = idOr(in, st.patches);
    boolean created = !st.patches.contains(id);
    ProjectRow project = projectOf(in.get("project"));
    ObjectNode p = submission(in, "patch", "patches/", id, project);
    String name = Json.str(p, "name");
    p.set("commit_ref", val(in, "commit_ref", NullNode.instance));
    p.set("pull_url", val(in, "pull_url", NullNode.instance));
    String state = text(in, "state", "new");
    st.states.ensure(state);
    p.put("state", state);
    p.put("archived", in.path("archived").asBoolean(false));
    p.set("hash", hash(in));
    p.set("submitter", personRef(in.get("submitter")));
    p.set("delegate", userRef(in.get("delegate")));
    p.put("mbox", Json.str(p, "web_url") + "mbox/");
    ArrayNode series = seriesRefs(in.path("series"));
    p.set("series", series);
    p.put("comments", HOST + "/api/patches/" + id + "/comments/");
    p.put("check", "pending");
    p.put("checks", HOST + "/api/patches/" + id + "/checks/");
    p.putObject("tags");
    p.putArray("related");
    p.set("headers", in.path("headers").isObject() ? in.get("headers").deepCopy() : Json.object());
    p.set("content", val(in, "content", NullNode.instance));
    p.set("diff", val(in, "diff", NullNode.instance));
    JsonNode prefixes = in.get("prefixes");
    p.set("prefixes", prefixes != null && prefixes.isArray() && prefixes.size() > 0 ? prefixes.deepCopy()
        : prefixes(name));
    List<Integer> related = new ArrayList<>();
    for (JsonNode r : in.path("related")) {
      if (!st.patches.contains(Json.id(r)) && Json.id(r) != id) {
        throw missing("patch", r, "givenPatch(...)");
      }
      related.add(Json.id(r));
    }
    int oldSeries = st.patches.contains(id) ? Store.seriesOf(st.patches.get(id)) : -1;
    st.patches.put(p);
    if (oldSeries > 0) {
      refreshSeries(oldSeries);
    }
    for (JsonNode s : series) {
      refreshSeries(Json.id(s));
    }
    if (!related.isEmpty()) {
      Integer relation = st.relationOf(id);
      if (relation == null) {
        for (int r : related) {
          relation = relation != null ? relation : st.relationOf(r);
        }
      }
      if (relation == null) {
        relation = st.newRelation();
      }
      st.setRelation(id, relation);
      for (int r : related) {
        st.setRelation(r, relation);
      }
    }
    if (created) {
      ObjectNode payload = Json.object();
      payload.set("patch", Canon.patchRef(p));
      events.emit("patch-created", project.id(), Principal.ANONYMOUS, payload);
    }
    if (oldSeries <= 0 && series.size() > 0) {
      joinedSeries(p, Json.id(series.get(0)));
    }
    return p;
  }

  /**
   * The patch's {@code hash}: the given one, else the server's hash of its diff ({@code
   * Patch.save}: only when there is a diff), else null.
   */
  private static JsonNode hash(JsonNode in) {
    JsonNode hash = in.get("hash");
    if (hash != null && !hash.isNull()) {
      return hash;
    }
    JsonNode diff = in.get("diff");
    return diff != null && diff.isTextual()
        ? Json.mapper().getNodeFactory().textNode(DiffHash.of(diff.asText()))
        : NullNode.instance;
  }

  /**
   * The events of a patch that has just joined a series (the server's {@code pre_save} signals
   * when a saved patch gets a series): {@code patch-completed} for it when every lower-numbered
   * patch is there, and for the following patches that this completes; {@code series-completed}
   * when the series now has at least its {@code total} patches (again for each extra patch).
   */
  private void joinedSeries(ObjectNode patch, int seriesId) {
    Store st = st();
    ObjectNode series = st.series.get(seriesId);
    int number = Downloads.number(patch);
    List<ObjectNode> others = new ArrayList<>();
    for (ObjectNode p : st.patches.all()) {
      if (Store.seriesOf(p) == seriesId && Json.id(p) != Json.id(patch)) {
        others.add(p);
      }
    }
    int projectId = Json.id(series.get("project"));
    long predecessors = others.stream().filter(p -> Downloads.number(p) < number).count();
    if (predecessors == number - 1) {
      patchCompleted(projectId, patch, series);
      others.sort(Comparator.comparingInt(Downloads::number).thenComparingInt(Json::id));
      int next = number + 1;
      for (ObjectNode successor : others) {
        int n = Downloads.number(successor);
        if (n <= number) {
          continue;
        }
        if (n != next) {
          break;
        }
        patchCompleted(projectId, successor, series);
        next++;
      }
    }
    if (others.size() + 1 >= series.path("total").asInt()) {
      ObjectNode payload = Json.object();
      payload.set("series", Canon.seriesRef(series));
      events.emit("series-completed", projectId, Principal.ANONYMOUS, payload);
    }
  }

  private void patchCompleted(int projectId, ObjectNode patch, ObjectNode series) {
    ObjectNode payload = Json.object();
    payload.set("patch", Canon.patchRef(patch));
    payload.set("series", Canon.seriesRef(series));
    events.emit("patch-completed", projectId, Principal.ANONYMOUS, payload);
  }

  private static ArrayNode prefixes(String name) {
    ArrayNode out = Json.array();
    Matcher m = PREFIXES.matcher(name);
    if (m.find()) {
      for (String part : m.group(1).split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  private static String date(JsonNode in) {
    String d = text(in, "date", null);
    if (d == null) {
      throw new IllegalArgumentException("A date is required");
    }
    return Dates.format(Dates.parse(d));
  }

  /** Recomputes a series' patch list and counts from the patches that name it. */
  private void refreshSeries(int seriesId) {
    Store st = st();
    ObjectNode s = st.series.edit(seriesId);
    if (s == null) {
      return;
    }
    List<ObjectNode> members = new ArrayList<>();
    for (ObjectNode p : st.patches.all()) {
      if (Store.seriesOf(p) == seriesId) {
        members.add(p);
      }
    }
    members.sort(Comparator.comparingInt(Downloads::number).thenComparingInt(Json::id));
    ArrayNode refs = Json.array();
    members.forEach(p -> refs.add(Canon.patchRef(p)));
    s.set("patches", refs);
    s.put("received_total", members.size());
    s.put("received_all", s.path("total").asInt() <= members.size());
  }

  ObjectNode cover(JsonNode in) {
    Store st = st();
    int id = idOr(in, st.covers);
    boolean created = !st.covers.contains(id);
    ProjectRow project = projectOf(in.get("project"));
    ObjectNode c = submission(in, "cover", "covers/", id, project);
    c.set("submitter", personRef(in.get("submitter")));
    c.put("mbox", Json.str(c, "web_url") + "mbox/");
    ArrayNode series = seriesRefs(in.path("series"));
    c.set("series", series);
    c.put("comments", HOST + "/api/covers/" + id + "/comments/");
    c.set("headers", in.path("headers").isObject() ? in.get("headers").deepCopy() : Json.object());
    c.set("content", val(in, "content", NullNode.instance));
    st.covers.put(c);
    for (JsonNode s : series) {
      st.series.edit(Json.id(s)).set("cover_letter", Canon.coverRef(c));
    }
    if (created) {
      ObjectNode payload = Json.object();
      payload.set("cover", Canon.coverRef(c));
      events.emit("cover-created", project.id(), Principal.ANONYMOUS, payload);
    }
    return c;
  }

  ObjectNode series(JsonNode in) {
    Store st = st();
    int id = idOr(in, st.series);
    boolean created = !st.series.contains(id);
    ProjectRow project = projectOf(in.get("project"));
    ObjectNode s = Json.object();
    s.put("id", id);
    s.put("url", Canon.API + "series/" + id + "/");
    s.put("web_url", HOST + "/project/" + project.linkName() + "/list/?series=" + id);
    s.set("project", Canon.projectRef(project));
    s.set("name", val(in, "name", NullNode.instance));
    s.put("date", date(in));
    s.set("submitter", personRef(in.get("submitter")));
    s.put("version", in.path("version").asInt(1));
    s.put("total", in.path("total").asInt(0));
    s.put("received_total", 0);
    s.put("received_all", false);
    s.put("mbox", HOST + "/series/" + id + "/mbox/");
    JsonNode cover = in.get("cover_letter");
    if (cover == null || cover.isNull()) {
      s.putNull("cover_letter");
    } else {
      ObjectNode c = st.covers.get(Json.id(cover));
      if (c == null) {
        throw missing("cover", cover, "givenCover(...)");
      }
      s.set("cover_letter", Canon.coverRef(c));
    }
    s.putArray("patches");
    for (String k : new String[] {"dependencies", "dependents"}) {
      if (in.path(k).isArray()) {
        s.set(k, in.get(k).deepCopy());
      }
    }
    st.series.put(s);
    for (JsonNode ref : in.path("patches")) {
      ObjectNode p = st.patches.edit(Json.id(ref));
      if (p == null) {
        throw missing("patch", ref, "givenPatch(...)");
      }
      ArrayNode one = p.putArray("series");
      one.add(Canon.seriesRef(s));
    }
    refreshSeries(id);
    if (created) {
      ObjectNode payload = Json.object();
      payload.set("series", Canon.seriesRef(s));
      events.emit("series-created", project.id(), Principal.ANONYMOUS, payload);
    }
    return st.series.get(id);
  }

  CheckRow check(int patchId, JsonNode in) {
    Store st = st();
    ObjectNode patch = st.patches.get(patchId);
    if (patch == null) {
      throw new IllegalArgumentException("The fake server has no patch " + patchId + ": add it first with givenPatch(...)");
    }
    int id = Json.id(in) > 0 ? Json.id(in) : st.nextCheckId();
    UserRow user = knownUser(in.get("user"));
    if (user == null) {
      throw new IllegalArgumentException("A check needs a user");
    }
    CheckRow c = new CheckRow(id, Canon.API + "patches/" + patchId + "/checks/" + id + "/", user, date(in),
        text(in, "state", "pending"), text(in, "target_url", null), text(in, "context", "default"),
        text(in, "description", null));
    st.addCheck(patchId, c);
    ObjectNode payload = Json.object();
    payload.set("patch", Canon.patchRef(patch));
    payload.set("check", Canon.checkRef(c));
    events.emit("check-created", Json.id(patch.get("project")), st.principal(user.id()), payload);
    return c;
  }

  CommentRow comment(String kind, int ownerId, JsonNode in) {
    Store st = st();
    ObjectNode owner = kind.equals("patch") ? st.patches.get(ownerId) : st.covers.get(ownerId);
    if (owner == null) {
      throw new IllegalArgumentException("The fake server has no " + kind + " " + ownerId + ": add it first with given"
          + (kind.equals("patch") ? "Patch" : "Cover") + "(...)");
    }
    int id = Json.id(in) > 0 ? Json.id(in) : st.nextCommentId(kind);
    ProjectRow project = st.projects.get(Json.id(owner.get("project")));
    String msgid = msgid(in);
    JsonNode addressed = in.get("addressed");
    CommentRow c = new CommentRow(id,
        Canon.API + (kind.equals("patch") ? "patches/" : "covers/") + ownerId + "/comments/" + id + "/",
        HOST + "/comment/" + id + "/", msgid, archiveLink(project, msgid), date(in), text(in, "subject", ""),
        PersonRef.of(knownPerson(in.get("submitter"))), text(in, "content", null), headers(in),
        addressed == null || addressed.isNull() ? null : addressed.asBoolean());
    st.addComment(kind + "/" + ownerId, c);
    ObjectNode payload = Json.object();
    payload.set(kind, kind.equals("patch") ? Canon.patchRef(owner) : Canon.coverRef(owner));
    payload.set("comment", Canon.commentRef(c));
    events.emit(kind + "-comment-created", project.id(), Principal.ANONYMOUS, payload);
    return c;
  }

  /** The given mail headers, or none. */
  private static JsonNode headers(JsonNode in) {
    return in.path("headers").isObject() ? in.get("headers").deepCopy() : Json.object();
  }

  BundleRow bundle(JsonNode in) {
    Store st = st();
    int id = idOr(in, st.bundles);
    UserRow owner = knownUser(in.get("owner"));
    if (owner == null) {
      throw new IllegalArgumentException("A bundle needs an owner");
    }
    String name = require(in, "name", "bundle");
    List<Integer> patches = new ArrayList<>();
    for (JsonNode ref : in.path("patches")) {
      if (!st.patches.contains(Json.id(ref))) {
        throw missing("patch", ref, "givenPatch(...)");
      }
      patches.add(Json.id(ref));
    }
    JsonNode projectRef = in.get("project");
    if ((projectRef == null || projectRef.isNull()) && !patches.isEmpty()) {
      projectRef = st.patches.get(patches.get(0)).get("project");
    }
    ProjectRow project = projectOf(projectRef);
    BundleRow b = new BundleRow(id, Canon.API + "bundles/" + id + "/", "", project, name, owner, patches,
        in.path("public").asBoolean(false), "").withLinks();
    st.bundles.put(b);
    return b;
  }

}
