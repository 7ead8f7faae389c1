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
  private final int viewer;

  /**
   * @param minor the effective API version 1.{minor}
   * @param prefix the version in the URL ("1.2") or null for {@code /api/}
   * @param viewer the authenticated user's id, or -1
   */
  Render(Store store, int minor, String base, String prefix, int viewer) {
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
    USER_REFS,
    PERSON_REF,
    PATCH_REF,
    PATCH_REFS,
    COVER_REF,
    SERIES_REF,
    SERIES_REFS,
    COMMENT_REF,
    CHECK_REF,
    /** The bundle's patches as they are now, oldest first. */
    BUNDLE_PATCHES,
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

  private static final Map<String, Field> PROJECT = fields(
      f("url", LINK),
      f("maintainers", USER_REFS),
      f("subject_match", COPY).since(1),
      f("list_archive_url", COPY).since(2),
      f("list_archive_url_format", COPY).since(2),
      f("commit_url_format", COPY).since(2),
      f("show_dependencies", OMIT));

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

  private static final Map<String, Field> COMMENT = fields(
      f("url", LINK).since(3),
      f("addressed", COPY).since(3),
      f("web_url", LINK),
      f("list_archive_url", COPY).since(2),
      f("submitter", PERSON_REF));

  /** Events only; {@code url} only when the stored comment has one. */
  static final Map<String, Field> COMMENT_EMBEDDED = fields(
      f("id", COPY),
      f("url", LINK).since(3),
      f("web_url", LINK).since(1),
      f("msgid", COPY),
      f("list_archive_url", COPY).since(2),
      f("date", COPY));

  private static final Map<String, Field> CHECK = fields(
      f("url", LINK),
      f("user", USER_REF));

  /** Events only. */
  static final Map<String, Field> CHECK_EMBEDDED = fields(
      f("id", COPY),
      f("url", LINK),
      f("date", COPY),
      f("state", COPY),
      f("target_url", COPY),
      f("context", COPY));

  private static final Map<String, Field> BUNDLE = fields(
      f("url", LINK),
      f("mbox", LINK),
      f("web_url", LINK).since(1),
      f("project", PROJECT_REF),
      f("owner", USER_REF),
      f("patches", BUNDLE_PATCHES));

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
      case USER_REFS:
        return each(value, this::userRef);
      case PATCH_REFS:
        return each(value, this::patchRef);
      case SERIES_REFS:
        return each(value, this::seriesRef);
      case BUNDLE_PATCHES:
        return bundlePatches(value);
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

  ObjectNode project(ObjectNode p) {
    ObjectNode out = stored(p, PROJECT);
    if (at(4)) {
      out.put("show_dependencies", p.path("show_dependencies").asBoolean(false));
    }
    return out;
  }

  /** The embedded project, as the project is now. */
  JsonNode projectRef(JsonNode stored) {
    if (stored == null || stored.isNull()) {
      return NullNode.instance;
    }
    ObjectNode p = store.projects.get(Json.id(stored));
    return stored(p != null ? p : stored, PROJECT_EMBEDDED);
  }

  // ---- users and people

  /** The embedded user, as the user is now; null stays null. */
  JsonNode userRef(JsonNode stored) {
    if (stored == null || stored.isNull()) {
      return NullNode.instance;
    }
    ObjectNode u = store.users.get(Json.id(stored));
    ObjectNode src = u != null ? u : (ObjectNode) stored;
    ObjectNode out = Json.object();
    out.put("id", Json.id(src));
    out.put("url", link(Json.str(src, "url")));
    for (String k : new String[] {"username", "first_name", "last_name", "email"}) {
      out.set(k, src.path(k).isMissingNode() ? NullNode.instance : src.get(k));
    }
    return out;
  }

  JsonNode userRef(int userId) {
    ObjectNode u = store.users.get(userId);
    return u == null ? NullNode.instance : userRef(u);
  }

  ObjectNode user(ObjectNode u) {
    ObjectNode out = (ObjectNode) userRef(u);
    if (at(2) && Json.id(u) == viewer) {
      out.set("settings", store.settings(viewer).deepCopy());
    }
    return out;
  }

  JsonNode personRef(JsonNode stored) {
    if (stored == null || stored.isNull()) {
      return NullNode.instance;
    }
    ObjectNode now = store.people.get(Json.id(stored));
    return embedded(now != null ? now : stored, PERSON_EMBEDDED);
  }

  ObjectNode person(ObjectNode p) {
    ObjectNode out = (ObjectNode) personRef(p);
    out.set("user", userRef(p.get("user")));
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
      ObjectNode project = store.projects.get(Json.id(s.get("project")));
      boolean show = project != null && project.path("show_dependencies").asBoolean(false);
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

  ObjectNode comment(ObjectNode c) {
    return stored(c, COMMENT);
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

  ObjectNode check(ObjectNode c) {
    return stored(c, CHECK);
  }

  // ---- bundles

  ObjectNode bundle(ObjectNode b) {
    return stored(b, BUNDLE);
  }

  private ArrayNode bundlePatches(JsonNode stored) {
    List<Integer> ids = new ArrayList<>();
    stored.forEach(p -> ids.add(Json.id(p)));
    ids.sort(store.patchDateOrder());
    ArrayNode patches = Json.array();
    for (int id : ids) {
      ObjectNode p = store.patches.get(id);
      if (p != null) {
        patches.add(patchRef(p));
      }
    }
    return patches;
  }

  // ---- events

  ObjectNode event(ObjectNode e) {
    ObjectNode out = embedded(e, EVENT);
    out.set("payload", stored(e.path("payload"), EVENT_PAYLOAD));
    return out;
  }
}
