package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns stored objects into what the server sends for one request: fields of the requested API
 * version only, links on this server's address and version prefix, embedded users and
 * projects as they are now, derived fields ({@code check}, {@code related}) computed.
 */
final class Render {

  private static final String CANON_API = Dataset.CANONICAL_HOST + "/api/1.3/";
  private static final String CANON_UNVERSIONED = Dataset.CANONICAL_HOST + "/api/";

  private final Store store;
  private final int v;
  private final String base;
  private final String api;
  private final Principal viewer;

  /**
   * @param minor the effective API version 1.{minor}
   * @param prefix the version in the URL ("1.2") or null for {@code /api/}
   * @param viewer who asks (a user sees its own settings)
   */
  Render(Store store, int minor, String base, String prefix, Principal viewer) {
    this.store = store;
    this.v = minor;
    this.base = base;
    this.api = base + "/api/" + (prefix == null ? "" : prefix + "/");
    this.viewer = viewer;
  }

  boolean at(int minor) {
    return v >= minor;
  }

  String api() {
    return api;
  }

  /** A stored URL on this server: versioned API links get this request's prefix. */
  String link(String canonical) {
    if (canonical == null) {
      return null;
    }
    if (canonical.startsWith(CANON_API)) {
      return api + canonical.substring(CANON_API.length());
    }
    if (canonical.startsWith(Dataset.CANONICAL_HOST)) {
      return base + canonical.substring(Dataset.CANONICAL_HOST.length());
    }
    return canonical;
  }

  /** A stored API URL that is always unversioned (patch/cover {@code comments}, {@code checks}). */
  String unversionedLink(String canonical) {
    if (canonical != null && canonical.startsWith(CANON_API)) {
      return base + "/api/" + canonical.substring(CANON_API.length());
    }
    return link(canonical);
  }

  // ---- index

  ObjectNode index() {
    ObjectNode out = Json.object();
    for (String name : new String[] {"projects", "users", "people", "patches", "covers", "series",
      "events", "bundles"}) {
      out.put(name, api + name + "/");
    }
    return out;
  }

  // ---- projects

  ObjectNode project(ProjectRow p) {
    ObjectNode out = projectHead(p);
    ArrayNode maintainers = Json.array();
    p.maintainers().forEach(m -> maintainers.add(userRef(m)));
    out.set("maintainers", maintainers);
    if (at(1)) {
      out.put("subject_match", p.subjectMatch());
    }
    projectArchive(out, p);
    if (at(4)) {
      out.put("show_dependencies", p.showDependencies() != null && p.showDependencies());
    }
    return out;
  }

  /** The embedded project. */
  ObjectNode projectRef(ProjectRow p) {
    ObjectNode out = projectHead(p);
    projectArchive(out, p);
    return out;
  }

  private ObjectNode projectHead(ProjectRow p) {
    ObjectNode out = Json.object();
    out.put("id", p.id());
    out.put("url", link(p.url()));
    out.put("name", p.name());
    out.put("link_name", p.linkName());
    out.put("list_id", p.listId());
    out.put("list_email", p.listEmail());
    out.put("web_url", p.webUrl());
    out.put("scm_url", p.scmUrl());
    out.put("webscm_url", p.webscmUrl());
    return out;
  }

  private void projectArchive(ObjectNode out, ProjectRow p) {
    if (at(2)) {
      out.put("list_archive_url", p.listArchiveUrl());
      out.put("list_archive_url_format", p.listArchiveUrlFormat());
      out.put("commit_url_format", p.commitUrlFormat());
    }
  }

  /** The embedded project, as the project is now (as stored when it is gone). */
  private ObjectNode projectRef(int id, ProjectRow stored) {
    ProjectRow p = store.projects.get(id);
    return projectRef(p != null ? p : stored);
  }

  // ---- users and people

  /** The embedded user, as the user is now (as stored when it is gone); null stays null. */
  JsonNode userRef(UserRow stored) {
    if (stored == null) {
      return NullNode.instance;
    }
    UserRow u = store.users.get(stored.id());
    return user(u != null ? u : stored, false);
  }

  private ObjectNode user(UserRow u, boolean detail) {
    ObjectNode out = Json.object();
    out.put("id", u.id());
    out.put("url", link(u.url()));
    out.put("username", u.username());
    out.put("first_name", u.firstName());
    out.put("last_name", u.lastName());
    out.put("email", u.email());
    if (detail && at(2) && viewer.is(u.id())) {
      UserSettings s = store.settings(u.id());
      ObjectNode settings = out.putObject("settings");
      settings.put("send_email", s.sendEmail());
      settings.put("items_per_page", s.itemsPerPage());
      settings.put("show_ids", s.showIds());
    }
    return out;
  }

  /** A user's detail view: its settings too when the user asks (API 1.2). */
  ObjectNode user(UserRow u) {
    return user(u, true);
  }

  ObjectNode person(PersonRow p) {
    ObjectNode out = Json.object();
    out.put("id", p.id());
    out.put("url", link(p.url()));
    out.put("name", p.name());
    out.put("email", p.email());
    out.set("user", userRef(p.user()));
    return out;
  }

  // ---- patches

  ObjectNode patch(PatchRow p, boolean detail) {
    return patch(p, detail, false);
  }

  /**
   * @param partialUpdate the answer to a PATCH: DRF then skips {@code related} of a patch in no
   *     relation instead of sending its default {@code []}
   */
  ObjectNode patch(PatchRow p, boolean detail, boolean partialUpdate) {
    ObjectNode out = Json.object();
    out.put("id", p.id());
    out.put("url", link(p.url()));
    if (at(1)) {
      out.put("web_url", link(p.webUrl()));
    }
    out.set("project", currentProjectRef(p.project()));
    out.put("msgid", p.msgid());
    if (at(2)) {
      out.put("list_archive_url", p.listArchiveUrl());
    }
    out.put("date", p.date());
    out.put("name", p.name());
    out.put("commit_ref", p.commitRef());
    out.put("pull_url", p.pullUrl());
    out.put("state", p.state());
    out.put("archived", p.archived());
    out.put("hash", p.hash());
    out.set("submitter", personRef(p.submitter()));
    out.set("delegate", userRef(p.delegate()));
    out.put("mbox", link(p.mbox()));
    out.set("series", seriesRefs(p.series()));
    if (at(1)) {
      out.put("comments", unversionedLink(p.comments()));
    }
    out.put("check", store.combinedCheck(p.id()));
    out.put("checks", unversionedLink(p.checks()));
    out.set("tags", p.tags());
    if (at(2) && !(partialUpdate && store.relationOf(p.id()) == null)) {
      ArrayNode related = Json.array();
      for (int other : store.related(p.id())) {
        related.add(patchRef(store.patches.get(other).ref()));
      }
      out.set("related", related);
    }
    if (detail) {
      out.set("headers", p.headers());
      out.put("content", p.content());
      out.put("diff", p.diff());
      ArrayNode prefixes = Json.array();
      p.prefixes().forEach(prefixes::add);
      out.set("prefixes", prefixes);
    }
    return out;
  }

  /** The embedded project, as the project is now (as stored when it is gone); null stays null. */
  private JsonNode currentProjectRef(ProjectRow stored) {
    return stored == null ? NullNode.instance : projectRef(stored.id(), stored);
  }

  private ArrayNode seriesRefs(List<SeriesRef> refs) {
    ArrayNode out = Json.array();
    refs.forEach(s -> out.add(seriesRef(s)));
    return out;
  }

  /** Embedded patch: id, url, web_url (1.1), msgid, list_archive_url (1.2), date, name, mbox. */
  ObjectNode patchRef(PatchRef p) {
    ObjectNode out = Json.object();
    out.put("id", p.id());
    out.put("url", link(p.url()));
    if (at(1)) {
      out.put("web_url", link(p.webUrl()));
    }
    out.put("msgid", p.msgid());
    if (at(2)) {
      out.put("list_archive_url", p.listArchiveUrl());
    }
    out.put("date", p.date());
    out.put("name", p.name());
    out.put("mbox", link(p.mbox()));
    return out;
  }

  // ---- covers

  ObjectNode cover(CoverRow c, boolean detail) {
    ObjectNode out = Json.object();
    out.put("id", c.id());
    out.put("url", link(c.url()));
    if (at(1)) {
      out.put("web_url", link(c.webUrl()));
    }
    out.set("project", currentProjectRef(c.project()));
    out.put("msgid", c.msgid());
    if (at(2)) {
      out.put("list_archive_url", c.listArchiveUrl());
    }
    out.put("date", c.date());
    out.put("name", c.name());
    out.set("submitter", personRef(c.submitter()));
    if (at(1)) {
      out.put("mbox", link(c.mbox()));
    }
    out.set("series", seriesRefs(c.series()));
    if (at(1)) {
      out.put("comments", unversionedLink(c.comments()));
    }
    if (detail) {
      out.set("headers", c.headers());
      out.put("content", c.content());
    }
    return out;
  }

  /** Embedded cover: id, url, web_url (1.1), msgid, list_archive_url (1.2), date, name, mbox (1.1). */
  JsonNode coverRef(PatchRef c) {
    if (c == null) {
      return NullNode.instance;
    }
    ObjectNode out = patchRef(c);
    if (!at(1)) {
      out.remove("mbox");
    }
    return out;
  }

  // ---- series

  /**
   * @param depsDropped one-element flag shared across a list page: once a series of a project
   *     without {@code show_dependencies} was rendered, later ones lose the keys too
   */
  ObjectNode series(SeriesRow s, boolean[] depsDropped) {
    ObjectNode out = Json.object();
    out.put("id", s.id());
    out.put("url", link(s.url()));
    if (at(1)) {
      out.put("web_url", link(s.webUrl()));
    }
    out.set("project", currentProjectRef(s.project()));
    out.put("name", s.name());
    out.put("date", s.date());
    out.set("submitter", personRef(s.submitter()));
    out.put("version", s.version());
    out.put("total", s.total());
    out.put("received_total", s.receivedTotal());
    out.put("received_all", s.receivedAll());
    out.put("mbox", link(s.mbox()));
    out.set("cover_letter", coverRef(s.coverLetter()));
    ArrayNode patches = Json.array();
    s.patches().forEach(p -> patches.add(patchRef(p)));
    out.set("patches", patches);
    if (at(4)) {
      ProjectRow project = store.projects.get(s.projectId());
      boolean show = project != null && Boolean.TRUE.equals(project.showDependencies());
      if (!show) {
        depsDropped[0] = true;
      }
      if (!depsDropped[0]) {
        ArrayNode dependencies = out.putArray("dependencies");
        s.dependencies().forEach(u -> dependencies.add(link(u)));
        ArrayNode dependents = out.putArray("dependents");
        s.dependents().forEach(u -> dependents.add(link(u)));
      }
    }
    return out;
  }

  /** Embedded series: id, url, web_url (1.1), date, name, version, mbox. */
  ObjectNode seriesRef(SeriesRef s) {
    SeriesRow now = store.series.get(s.id());
    if (now != null) {
      s = now.ref();   // as the series is now: a cover letter or first patch may have named it since
    }
    ObjectNode out = Json.object();
    out.put("id", s.id());
    out.put("url", link(s.url()));
    if (at(1)) {
      out.put("web_url", link(s.webUrl()));
    }
    out.put("date", s.date());
    out.put("name", s.name());
    out.put("version", s.version());
    out.put("mbox", link(s.mbox()));
    return out;
  }

  // ---- comments

  ObjectNode comment(CommentRow c) {
    ObjectNode out = Json.object();
    out.put("id", c.id());
    if (at(3)) {
      out.put("url", link(c.url()));
    }
    out.put("web_url", link(c.webUrl()));
    out.put("msgid", c.msgid());
    if (at(2)) {
      out.put("list_archive_url", c.listArchiveUrl());
    }
    out.put("date", c.date());
    out.put("subject", c.subject());
    out.set("submitter", personRef(c.submitter()));
    out.put("content", c.content());
    out.set("headers", c.headers());
    if (at(3)) {
      out.put("addressed", c.addressed());
    }
    return out;
  }

  /** An embedded submitter, named as the person is now (a later mail may have renamed them). */
  JsonNode personRef(PersonRef p) {
    if (p == null) {
      return NullNode.instance;
    }
    PersonRow now = store.people.get(p.id());
    if (now != null) {
      p = PersonRef.of(now);
    }
    ObjectNode out = Json.object();
    out.put("id", p.id());
    out.put("url", link(p.url()));
    out.put("name", p.name());
    out.put("email", p.email());
    return out;
  }

  // ---- checks

  ObjectNode check(CheckRow c) {
    ObjectNode out = Json.object();
    out.put("id", c.id());
    out.put("url", link(c.url()));
    out.set("user", userRef(c.user()));
    out.put("date", c.date());
    out.put("state", c.state());
    out.put("target_url", c.targetUrl());
    out.put("context", c.context());
    out.put("description", c.description());
    return out;
  }

  // ---- bundles

  ObjectNode bundle(BundleRow b) {
    ObjectNode out = Json.object();
    out.put("id", b.id());
    out.put("url", link(b.url()));
    if (at(1)) {
      out.put("web_url", link(b.webUrl()));
    }
    out.set("project", currentProjectRef(b.project()));
    out.put("name", b.name());
    out.set("owner", userRef(b.owner()));
    List<Integer> ids = new ArrayList<>(b.patches());
    ids.sort(store.patchDateOrder());
    ArrayNode patches = Json.array();
    for (int id : ids) {
      PatchRow p = store.patches.get(id);
      if (p != null) {
        patches.add(patchRef(p.ref()));
      }
    }
    out.set("patches", patches);
    out.put("public", b.isPublic());
    out.put("mbox", link(b.mbox()));
    return out;
  }

  // ---- events

  ObjectNode event(EventRow e) {
    ObjectNode out = Json.object();
    out.put("id", e.id());
    out.put("category", e.category());
    out.set("project", currentProjectRef(e.project()));
    out.put("date", e.date());
    out.set("actor", userRef(e.actor()));
    out.set("payload", payload(e.category(), e.payload()));
    return out;
  }

  /** The payload fields of the event's category, in the server's order. */
  private ObjectNode payload(String category, EventRow.Payload p) {
    ObjectNode out = Json.object();
    if (category.startsWith("patch-") || category.equals("check-created")) {
      out.set("patch", p.patch() == null ? NullNode.instance : patchRef(p.patch()));
    }
    if (category.startsWith("cover-")) {
      out.set("cover", coverRef(p.cover()));
    }
    if (category.startsWith("series-") || category.equals("patch-completed")) {
      out.set("series", p.series() == null ? NullNode.instance : seriesRef(p.series()));
    }
    if (category.endsWith("-comment-created")) {
      out.set("comment", p.comment() == null ? NullNode.instance : commentRef(p.comment()));
    }
    switch (category) {
      case "check-created":
        out.set("check", p.check() == null ? NullNode.instance : checkRef(p.check()));
        break;
      case "patch-state-changed":
        out.put("previous_state", p.previousState());
        out.put("current_state", p.currentState());
        break;
      case "patch-delegated":
        out.set("previous_delegate", userRef(p.previousDelegate()));
        out.set("current_delegate", userRef(p.currentDelegate()));
        break;
      case "patch-relation-changed":
        out.putNull("previous_relation");
        out.putNull("current_relation");
        break;
      default:
        break;
    }
    return out;
  }

  /** Embedded comment (events only): id, url (1.3, when stored), web_url (1.1), msgid, list_archive_url (1.2), date. */
  private ObjectNode commentRef(CommentRef c) {
    ObjectNode out = Json.object();
    out.put("id", c.id());
    if (at(3) && c.url() != null) {
      out.put("url", link(c.url()));
    }
    if (at(1)) {
      out.put("web_url", link(c.webUrl()));
    }
    out.put("msgid", c.msgid());
    if (at(2)) {
      out.put("list_archive_url", c.listArchiveUrl());
    }
    out.put("date", c.date());
    return out;
  }

  /** Embedded check (events only): id, url, date, state, target_url, context. */
  private ObjectNode checkRef(CheckRef c) {
    ObjectNode out = Json.object();
    out.put("id", c.id());
    out.put("url", link(c.url()));
    out.put("date", c.date());
    out.put("state", c.state());
    out.put("target_url", c.targetUrl());
    out.put("context", c.context());
    return out;
  }
}
