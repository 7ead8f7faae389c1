package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.patchwork4j.model.DiffHash;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inserts data as the server would have created it: the given object (the JSON of a model
 * object, as the {@code given...} hooks pass it) becomes a typed row with canonical links. New
 * patches, covers, series, checks and comments emit their "created" events (a patch that joins a
 * series also {@code patch-completed} / {@code series-completed}); series counts follow their
 * patches. Each method returns the stored row. This is the engine's insertion API: users,
 * people, projects, patches, covers, series, checks, comments and bundles.
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

  private static int idOr(JsonNode in, Rows<?> rows) {
    int id = Json.id(in);
    return id > 0 ? id : rows.nextId();
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
      st.setSettings(id, st.settings(id).with(settings));
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

  private List<SeriesRef> seriesRefs(JsonNode refs) {
    List<SeriesRef> out = new ArrayList<>();
    for (JsonNode ref : refs) {
      SeriesRow s = st().series.get(Json.id(ref));
      if (s == null) {
        throw missing("series", ref, "givenSeries(...)");
      }
      out.add(s.ref());
    }
    return out;
  }

  /**
   * The fields a patch and a cover begin with, id to name; {@code kind} as in their web URLs
   * ("patch", "cover"), {@code collection} as in their API URLs ("patches/", "covers/").
   */
  private record Head(int id, String url, String webUrl, ProjectRow project, String msgid, String listArchiveUrl,
      String date, String name) {

    static Head of(JsonNode in, String kind, String collection, int id, ProjectRow project) {
      String msgid = Given.msgid(in);
      return new Head(id, Canon.API + collection + id + "/",
          HOST + "/project/" + project.linkName() + "/" + kind + "/" + urlMsgid(msgid) + "/", project, msgid,
          archiveLink(project, msgid), Given.date(in), require(in, "name", kind));
    }
  }

  PatchRow patch(JsonNode in) {
    Store st = st();
    int id = idOr(in, st.patches);
    PatchRow old = st.patches.get(id);
    Head h = Head.of(in, "patch", "patches/", id, projectOf(in.get("project")));
    String state = text(in, "state", "new");
    st.states.ensure(state);
    JsonNode given = in.get("prefixes");
    List<String> prefixes = new ArrayList<>();
    if (given != null && given.isArray() && given.size() > 0) {
      given.forEach(p -> prefixes.add(p.asText()));
    } else {
      prefixes.addAll(prefixes(h.name()));
    }
    List<SeriesRef> series = seriesRefs(in.path("series"));
    PatchRow p = new PatchRow(id, h.url(), h.webUrl(), h.project(), h.msgid(), h.listArchiveUrl(), h.date(),
        h.name(), text(in, "commit_ref", null), text(in, "pull_url", null), state,
        in.path("archived").asBoolean(false), hash(in), PersonRef.of(knownPerson(in.get("submitter"))),
        knownUser(in.get("delegate")), h.webUrl() + "mbox/", series, HOST + "/api/patches/" + id + "/comments/",
        HOST + "/api/patches/" + id + "/checks/", Json.object(), headers(in), text(in, "content", null),
        text(in, "diff", null), prefixes);
    List<Integer> related = new ArrayList<>();
    for (JsonNode r : in.path("related")) {
      if (!st.patches.contains(Json.id(r)) && Json.id(r) != id) {
        throw missing("patch", r, "givenPatch(...)");
      }
      related.add(Json.id(r));
    }
    int oldSeries = old == null ? -1 : old.seriesId();
    st.patches.put(p);
    if (oldSeries > 0) {
      refreshSeries(oldSeries);
    }
    for (SeriesRef s : series) {
      refreshSeries(s.id());
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
    if (old == null) {
      events.emit("patch-created", p.projectId(), Principal.ANONYMOUS, EventRow.Payload.patch(p.ref()));
    }
    if (oldSeries <= 0 && !series.isEmpty()) {
      joinedSeries(p, series.get(0).id());
    }
    return p;
  }

  /**
   * The patch's {@code hash}: the given one, else the server's hash of its diff ({@code
   * Patch.save}: only when there is a diff), else null.
   */
  private static String hash(JsonNode in) {
    JsonNode hash = in.get("hash");
    if (hash != null && !hash.isNull()) {
      return hash.asText();
    }
    JsonNode diff = in.get("diff");
    return diff != null && diff.isTextual() ? DiffHash.of(diff.asText()) : null;
  }

  /**
   * The events of a patch that has just joined a series (the server's {@code pre_save} signals
   * when a saved patch gets a series): {@code patch-completed} for it when every lower-numbered
   * patch is there, and for the following patches that this completes; {@code series-completed}
   * when the series now has at least its {@code total} patches (again for each extra patch).
   */
  private void joinedSeries(PatchRow patch, int seriesId) {
    Store st = st();
    SeriesRow series = st.series.get(seriesId);
    int number = Downloads.number(patch);
    List<PatchRow> others = new ArrayList<>();
    for (PatchRow p : st.patches.all()) {
      if (p.seriesId() == seriesId && p.id() != patch.id()) {
        others.add(p);
      }
    }
    int projectId = series.projectId();
    long predecessors = others.stream().filter(p -> Downloads.number(p) < number).count();
    if (predecessors == number - 1) {
      patchCompleted(projectId, patch, series);
      others.sort(Comparator.comparingInt(Downloads::number).thenComparingInt(PatchRow::id));
      int next = number + 1;
      for (PatchRow successor : others) {
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
    if (others.size() + 1 >= series.total()) {
      events.emit("series-completed", projectId, Principal.ANONYMOUS, EventRow.Payload.series(series.ref()));
    }
  }

  private void patchCompleted(int projectId, PatchRow patch, SeriesRow series) {
    events.emit("patch-completed", projectId, Principal.ANONYMOUS,
        EventRow.Payload.patch(patch.ref()).withSeries(series.ref()));
  }

  private static List<String> prefixes(String name) {
    List<String> out = new ArrayList<>();
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
    SeriesRow s = st.series.get(seriesId);
    if (s == null) {
      return;
    }
    List<PatchRow> members = new ArrayList<>();
    for (PatchRow p : st.patches.all()) {
      if (p.seriesId() == seriesId) {
        members.add(p);
      }
    }
    members.sort(Comparator.comparingInt(Downloads::number).thenComparingInt(PatchRow::id));
    List<PatchRef> refs = new ArrayList<>();
    members.forEach(p -> refs.add(p.ref()));
    st.series.put(s.withPatches(refs));
  }

  CoverRow cover(JsonNode in) {
    Store st = st();
    int id = idOr(in, st.covers);
    boolean created = !st.covers.contains(id);
    Head h = Head.of(in, "cover", "covers/", id, projectOf(in.get("project")));
    List<SeriesRef> series = seriesRefs(in.path("series"));
    CoverRow c = new CoverRow(id, h.url(), h.webUrl(), h.project(), h.msgid(), h.listArchiveUrl(), h.date(),
        h.name(), PersonRef.of(knownPerson(in.get("submitter"))), h.webUrl() + "mbox/", series,
        HOST + "/api/covers/" + id + "/comments/", headers(in), text(in, "content", null));
    st.covers.put(c);
    for (SeriesRef s : series) {
      st.series.put(st.series.get(s.id()).withCoverLetter(c.ref()));
    }
    if (created) {
      events.emit("cover-created", c.projectId(), Principal.ANONYMOUS, EventRow.Payload.cover(c.ref()));
    }
    return c;
  }

  SeriesRow series(JsonNode in) {
    Store st = st();
    int id = idOr(in, st.series);
    boolean created = !st.series.contains(id);
    ProjectRow project = projectOf(in.get("project"));
    PatchRef cover = null;
    JsonNode coverRef = in.get("cover_letter");
    if (coverRef != null && !coverRef.isNull()) {
      CoverRow c = st.covers.get(Json.id(coverRef));
      if (c == null) {
        throw missing("cover", coverRef, "givenCover(...)");
      }
      cover = c.ref();
    }
    SeriesRow s = new SeriesRow(id, Canon.API + "series/" + id + "/",
        HOST + "/project/" + project.linkName() + "/list/?series=" + id, project, text(in, "name", null), date(in),
        PersonRef.of(knownPerson(in.get("submitter"))), in.path("version").asInt(1), in.path("total").asInt(0), 0,
        false, HOST + "/series/" + id + "/mbox/", cover, List.of(), texts(in.path("dependencies")),
        texts(in.path("dependents")));
    st.series.put(s);
    for (JsonNode ref : in.path("patches")) {
      PatchRow p = st.patches.get(Json.id(ref));
      if (p == null) {
        throw missing("patch", ref, "givenPatch(...)");
      }
      st.patches.put(p.withSeries(List.of(s.ref())));
    }
    refreshSeries(id);
    if (created) {
      events.emit("series-created", project.id(), Principal.ANONYMOUS, EventRow.Payload.series(s.ref()));
    }
    return st.series.get(id);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  CheckRow check(int patchId, JsonNode in) {
    Store st = st();
    PatchRow patch = st.patches.get(patchId);
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
    events.emit("check-created", patch.projectId(), st.principal(user.id()),
        EventRow.Payload.patch(patch.ref()).withCheck(CheckRef.of(c)));
    return c;
  }

  CommentRow comment(String kind, int ownerId, JsonNode in) {
    Store st = st();
    PatchRow patch = kind.equals("patch") ? st.patches.get(ownerId) : null;
    CoverRow cover = kind.equals("patch") ? null : st.covers.get(ownerId);
    if (patch == null && cover == null) {
      throw new IllegalArgumentException("The fake server has no " + kind + " " + ownerId + ": add it first with given"
          + (kind.equals("patch") ? "Patch" : "Cover") + "(...)");
    }
    int id = Json.id(in) > 0 ? Json.id(in) : st.nextCommentId(kind);
    ProjectRow project = st.projects.get(patch != null ? patch.projectId() : cover.projectId());
    String msgid = msgid(in);
    JsonNode addressed = in.get("addressed");
    CommentRow c = new CommentRow(id,
        Canon.API + (kind.equals("patch") ? "patches/" : "covers/") + ownerId + "/comments/" + id + "/",
        HOST + "/comment/" + id + "/", msgid, archiveLink(project, msgid), date(in), text(in, "subject", ""),
        PersonRef.of(knownPerson(in.get("submitter"))), text(in, "content", null), headers(in),
        addressed == null || addressed.isNull() ? null : addressed.asBoolean());
    st.addComment(kind + "/" + ownerId, c);
    EventRow.Payload payload = patch != null ? EventRow.Payload.patch(patch.ref())
        : EventRow.Payload.cover(cover.ref());
    events.emit(kind + "-comment-created", project.id(), Principal.ANONYMOUS,
        payload.withComment(CommentRef.of(c)));
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
    ProjectRow project;
    if ((projectRef == null || projectRef.isNull()) && !patches.isEmpty()) {
      PatchRow first = st.patches.get(patches.get(0));
      project = st.projects.get(first.projectId());
      if (project == null) {
        throw new IllegalArgumentException("The fake server has no project " + first.projectId()
            + ": add it first with givenProject(...)");
      }
    } else {
      project = projectOf(projectRef);
    }
    BundleRow b = new BundleRow(id, Canon.API + "bundles/" + id + "/", "", project, name, owner, patches,
        in.path("public").asBoolean(false), "").withLinks();
    st.bundles.put(b);
    return b;
  }

}
