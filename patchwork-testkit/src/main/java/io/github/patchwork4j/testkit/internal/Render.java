package io.github.patchwork4j.testkit.internal;

import static io.github.patchwork4j.testkit.internal.Render.Shape.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns stored objects into what the server sends for one request: fields of the requested API
 * version only (§1.3), links on this server's address and version prefix, embedded users and
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

  // ---- the fields each resource has in each API version

  /** What a stored field becomes in a response. */
  enum Shape {
    /** As stored. */
    COPY,
    /** Not sent (or sent by the resource's own code). */
    OMIT,
    /** A URL on this server with this request's version prefix; null stays null. */
    LINK,
    /** An API URL without version prefix (patch/cover {@code comments}, {@code checks}). */
    UNVERSIONED_LINK,
    PROJECT_REF,
    USER_REF,
    PERSON_REF,
    PATCH_REF,
    PATCH_REFS,
    COVER_REF,
    SERIES_REF,
    SERIES_REFS,
    COMMENT_REF,
    CHECK_REF,
    /** The patch's combined check state. */
    COMBINED_CHECK,
    /** The patches in the patch's relation. */
    RELATED
  }

  /**
   * One field of a resource: sent from API version 1.{@code fromMinor}, only in detail views when
   * {@code inDetailOnly}.
   */
  record Field(String key, Shape shape, int fromMinor, boolean inDetailOnly) {
    Field since(int minor) {
      return new Field(key, shape, minor, inDetailOnly);
    }

    Field detailOnly() {
      return new Field(key, shape, fromMinor, true);
    }
  }

  private static Field f(String key, Shape shape) {
    return new Field(key, shape, 0, false);
  }

  /** Fields in the order a ref sends them; for stored resources, fields absent here are copied. */
  private static Map<String, Field> fields(Field... fields) {
    Map<String, Field> out = new LinkedHashMap<>();
    for (Field f : fields) {
      out.put(f.key(), f);
    }
    return out;
  }

  private static final Map<String, Field> PROJECT_EMBEDDED = fields(
      f("url", LINK),
      f("maintainers", OMIT),
      f("subject_match", OMIT),
      f("list_archive_url", COPY).since(2),
      f("list_archive_url_format", COPY).since(2),
      f("commit_url_format", COPY).since(2),
      f("show_dependencies", OMIT));

  static final Map<String, Field> PERSON_EMBEDDED = fields(
      f("id", COPY),
      f("url", LINK),
      f("name", COPY),
      f("email", COPY));

  private static final Map<String, Field> PATCH = fields(
      f("url", LINK),
      f("mbox", LINK),
      f("web_url", LINK).since(1),
      f("comments", UNVERSIONED_LINK).since(1),
      f("checks", UNVERSIONED_LINK),
      f("list_archive_url", COPY).since(2),
      f("project", PROJECT_REF),
      f("submitter", PERSON_REF),
      f("delegate", USER_REF),
      f("series", SERIES_REFS),
      f("check", COMBINED_CHECK),
      f("related", RELATED).since(2),
      f("headers", COPY).detailOnly(),
      f("content", COPY).detailOnly(),
      f("diff", COPY).detailOnly(),
      f("prefixes", COPY).detailOnly());

  static final Map<String, Field> PATCH_EMBEDDED = fields(
      f("id", COPY),
      f("url", LINK),
      f("web_url", LINK).since(1),
      f("msgid", COPY),
      f("list_archive_url", COPY).since(2),
      f("date", COPY),
      f("name", COPY),
      f("mbox", LINK));

  private static final Map<String, Field> COVER = fields(
      f("url", LINK),
      f("web_url", LINK).since(1),
      f("mbox", LINK).since(1),
      f("comments", UNVERSIONED_LINK).since(1),
      f("list_archive_url", COPY).since(2),
      f("project", PROJECT_REF),
      f("submitter", PERSON_REF),
      f("series", SERIES_REFS),
      f("headers", COPY).detailOnly(),
      f("content", COPY).detailOnly());

  static final Map<String, Field> COVER_EMBEDDED = fields(
      f("id", COPY),
      f("url", LINK),
      f("web_url", LINK).since(1),
      f("msgid", COPY),
      f("list_archive_url", COPY).since(2),
      f("date", COPY),
      f("name", COPY),
      f("mbox", LINK).since(1));

  /** {@code dependencies} and {@code dependents} (1.4) depend on the project, see series(). */
  private static final Map<String, Field> SERIES = fields(
      f("url", LINK),
      f("mbox", LINK),
      f("web_url", LINK).since(1),
      f("project", PROJECT_REF),
      f("submitter", PERSON_REF),
      f("cover_letter", COVER_REF),
      f("patches", PATCH_REFS),
      f("dependencies", OMIT),
      f("dependents", OMIT));

  static final Map<String, Field> SERIES_EMBEDDED = fields(
      f("id", COPY),
      f("url", LINK),
      f("web_url", LINK).since(1),
      f("date", COPY),
      f("name", COPY),
      f("version", COPY),
      f("mbox", LINK));

  /** Events only; {@code url} only when the stored comment has one. */
  static final Map<String, Field> COMMENT_EMBEDDED = fields(
      f("id", COPY),
      f("url", LINK).since(3),
      f("web_url", LINK).since(1),
      f("msgid", COPY),
      f("list_archive_url", COPY).since(2),
      f("date", COPY));

  /** Events only. */
  static final Map<String, Field> CHECK_EMBEDDED = fields(
      f("id", COPY),
      f("url", LINK),
      f("date", COPY),
      f("state", COPY),
      f("target_url", COPY),
      f("context", COPY));

  private static final Map<String, Field> EVENT = fields(
      f("id", COPY),
      f("category", COPY),
      f("project", PROJECT_REF),
      f("date", COPY),
      f("actor", USER_REF));

  /** A JSON null payload value stays null. */
  private static final Map<String, Field> EVENT_PAYLOAD = fields(
      f("patch", PATCH_REF),
      f("series", SERIES_REF),
      f("cover", COVER_REF),
      f("comment", COMMENT_REF),
      f("check", CHECK_REF),
      f("previous_delegate", USER_REF),
      f("current_delegate", USER_REF));

  /** A stored resource: its fields in stored order, shaped by {@code fields}, others copied. */
  private ObjectNode stored(JsonNode src, Map<String, Field> fields, boolean detail) {
    ObjectNode out = Json.object();
    for (Map.Entry<String, JsonNode> e : src.properties()) {
      Field f = fields.get(e.getKey());
      if (f == null) {
        out.set(e.getKey(), e.getValue());
      } else if (at(f.fromMinor()) && (detail || !f.inDetailOnly())) {
        JsonNode value = shape(f.shape(), src, e.getValue());
        if (value != null) {
          out.set(e.getKey(), value);
        }
      }
    }
    return out;
  }

  private ObjectNode stored(JsonNode src, Map<String, Field> fields) {
    return stored(src, fields, true);
  }

  /** An embedded resource: exactly the fields of {@code fields} in their order, absent → null. */
  private ObjectNode embedded(JsonNode src, Map<String, Field> fields) {
    ObjectNode out = Json.object();
    for (Field f : fields.values()) {
      if (at(f.fromMinor())) {
        out.set(f.key(), shape(f.shape(), src, src.get(f.key())));
      }
    }
    return out;
  }

  /** The field {@code value} of {@code owner} as sent; Java null when it is not sent. */
  private JsonNode shape(Shape shape, JsonNode owner, JsonNode value) {
    boolean isNull = value == null || value.isNull();
    switch (shape) {
      case COPY:
        return isNull ? NullNode.instance : value;
      case OMIT:
        return null;
      case LINK:
        return isNull ? NullNode.instance : TextNode.valueOf(link(value.asText()));
      case UNVERSIONED_LINK:
        return TextNode.valueOf(unversionedLink(value.asText()));
      case PROJECT_REF:
        return projectRef(value);
      case USER_REF:
        return userRef(value);
      case PERSON_REF:
        return personRef(value);
      case COVER_REF:
        return coverRef(value);
      case PATCH_REF:
        return isNull ? NullNode.instance : patchRef(value);
      case SERIES_REF:
        return isNull ? NullNode.instance : seriesRef(value);
      case COMMENT_REF:
        return isNull ? NullNode.instance : commentRef(value);
      case CHECK_REF:
        return isNull ? NullNode.instance : embedded(value, CHECK_EMBEDDED);
      case PATCH_REFS:
        return each(value, this::patchRef);
      case SERIES_REFS:
        return each(value, this::seriesRef);
      case COMBINED_CHECK:
        return TextNode.valueOf(store.combinedCheck(Json.id(owner)));
      case RELATED:
        ArrayNode related = Json.array();
        for (int other : store.related(Json.id(owner))) {
          related.add(patchRef(store.patches.get(other)));
        }
        return related;
      default:
        throw new AssertionError(shape);
    }
  }

  private static ArrayNode each(JsonNode values, Function<JsonNode, JsonNode> shape) {
    ArrayNode out = Json.array();
    values.forEach(v -> out.add(shape.apply(v)));
    return out;
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

  /** The embedded project, as the project is now. */
  JsonNode projectRef(JsonNode stored) {
    if (stored == null || stored.isNull()) {
      return NullNode.instance;
    }
    ProjectRow p = store.projects.get(Json.id(stored));
    return p != null ? projectRef(p) : stored(stored, PROJECT_EMBEDDED);
  }

  // ---- users and people

  /** The embedded user, as the user is now; null stays null. */
  JsonNode userRef(JsonNode stored) {
    return userRef(UserRow.parse(stored));
  }

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
      out.set("settings", store.settings(u.id()).deepCopy());
    }
    return out;
  }

  /** A user's detail view: its settings too when the user asks (API 1.2). */
  ObjectNode user(UserRow u) {
    return user(u, true);
  }

  JsonNode personRef(JsonNode stored) {
    if (stored == null || stored.isNull()) {
      return NullNode.instance;
    }
    PersonRow now = store.people.get(Json.id(stored));
    return now != null ? personRef(PersonRef.of(now)) : embedded(stored, PERSON_EMBEDDED);
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

  ObjectNode patch(ObjectNode p, boolean detail) {
    return patch(p, detail, false);
  }

  /**
   * @param partialUpdate the answer to a PATCH: DRF then skips {@code related} of a patch in no
   *     relation instead of sending its default {@code []}
   */
  ObjectNode patch(ObjectNode p, boolean detail, boolean partialUpdate) {
    ObjectNode out = stored(p, PATCH, detail);
    if (partialUpdate && store.relationOf(Json.id(p)) == null) {
      out.remove("related");
    }
    return out;
  }

  /** Embedded patch: id, url, web_url (1.1), msgid, list_archive_url (1.2), date, name, mbox. */
  ObjectNode patchRef(JsonNode p) {
    ObjectNode now = store.patches.get(Json.id(p));
    return embedded(now != null ? now : p, PATCH_EMBEDDED);
  }

  // ---- covers

  ObjectNode cover(ObjectNode c, boolean detail) {
    return stored(c, COVER, detail);
  }

  /** Embedded cover: id, url, web_url (1.1), msgid, list_archive_url (1.2), date, name, mbox (1.1). */
  JsonNode coverRef(JsonNode c) {
    if (c == null || c.isNull()) {
      return NullNode.instance;
    }
    ObjectNode now = store.covers.get(Json.id(c));
    return embedded(now != null ? now : c, COVER_EMBEDDED);
  }

  // ---- series

  /**
   * @param depsDropped one-element flag shared across a list page: once a series of a project
   *     without {@code show_dependencies} was rendered, later ones lose the keys too (§5.4)
   */
  ObjectNode series(ObjectNode s, boolean[] depsDropped) {
    ObjectNode out = stored(s, SERIES);
    if (at(4)) {
      ProjectRow project = store.projects.get(Json.id(s.get("project")));
      boolean show = project != null && Boolean.TRUE.equals(project.showDependencies());
      if (!show) {
        depsDropped[0] = true;
      }
      if (!depsDropped[0]) {
        for (String k : new String[] {"dependencies", "dependents"}) {
          ArrayNode links = out.putArray(k);
          s.path(k).forEach(u -> links.add(link(u.asText())));
        }
      }
    }
    return out;
  }

  /** Embedded series: id, url, web_url (1.1), date, name, version, mbox. */
  ObjectNode seriesRef(JsonNode s) {
    ObjectNode now = store.series.get(Json.id(s));
    return embedded(now != null ? now : s, SERIES_EMBEDDED);
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

  /** Embedded comment (events only): id, url (1.3), web_url, msgid, list_archive_url (1.2), date. */
  ObjectNode commentRef(JsonNode c) {
    ObjectNode out = embedded(c, COMMENT_EMBEDDED);
    if (!c.has("url")) {
      out.remove("url");
    }
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
    out.set("project", b.project() == null ? NullNode.instance : projectRef(b.project().id(), b.project()));
    out.put("name", b.name());
    out.set("owner", userRef(b.owner()));
    List<Integer> ids = new ArrayList<>(b.patches());
    ids.sort(store.patchDateOrder());
    ArrayNode patches = Json.array();
    for (int id : ids) {
      ObjectNode p = store.patches.get(id);
      if (p != null) {
        patches.add(patchRef(p));
      }
    }
    out.set("patches", patches);
    out.put("public", b.isPublic());
    out.put("mbox", link(b.mbox()));
    return out;
  }

  // ---- events

  ObjectNode event(ObjectNode e) {
    ObjectNode out = embedded(e, EVENT);
    out.set("payload", stored(e.path("payload"), EVENT_PAYLOAD));
    return out;
  }
}
