package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

  private void putLink(ObjectNode out, String key, JsonNode value) {
    if (value == null || value.isNull()) {
      out.putNull(key);
    } else {
      out.put(key, link(value.asText()));
    }
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
    ObjectNode out = Json.object();
    for (Map.Entry<String, JsonNode> f : p.properties()) {
      String k = f.getKey();
      switch (k) {
        case "url":
          putLink(out, k, f.getValue());
          break;
        case "maintainers":
          ArrayNode ms = out.putArray(k);
          f.getValue().forEach(m -> ms.add(userRef(m)));
          break;
        case "subject_match":
          if (at(1)) {
            out.set(k, f.getValue());
          }
          break;
        case "list_archive_url":
        case "list_archive_url_format":
        case "commit_url_format":
          if (at(2)) {
            out.set(k, f.getValue());
          }
          break;
        case "show_dependencies":
          break;
        default:
          out.set(k, f.getValue());
      }
    }
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
    ObjectNode src = p != null ? p : (ObjectNode) stored;
    ObjectNode out = Json.object();
    for (Map.Entry<String, JsonNode> f : src.properties()) {
      String k = f.getKey();
      switch (k) {
        case "url":
          putLink(out, k, f.getValue());
          break;
        case "maintainers":
        case "subject_match":
        case "show_dependencies":
          break;
        case "list_archive_url":
        case "list_archive_url_format":
        case "commit_url_format":
          if (at(2)) {
            out.set(k, f.getValue());
          }
          break;
        default:
          out.set(k, f.getValue());
      }
    }
    return out;
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
    ObjectNode out = Json.object();
    out.set("id", stored.get("id"));
    putLink(out, "url", stored.get("url"));
    out.set("name", stored.path("name").isMissingNode() ? NullNode.instance : stored.get("name"));
    out.set("email", stored.get("email"));
    return out;
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
    int id = Json.id(p);
    ObjectNode out = Json.object();
    for (Map.Entry<String, JsonNode> f : p.properties()) {
      String k = f.getKey();
      JsonNode val = f.getValue();
      switch (k) {
        case "url":
        case "mbox":
          putLink(out, k, val);
          break;
        case "web_url":
          if (at(1)) {
            putLink(out, k, val);
          }
          break;
        case "comments":
          if (at(1)) {
            out.put(k, unversionedLink(val.asText()));
          }
          break;
        case "checks":
          out.put(k, unversionedLink(val.asText()));
          break;
        case "list_archive_url":
          if (at(2)) {
            out.set(k, val);
          }
          break;
        case "project":
          out.set(k, projectRef(val));
          break;
        case "submitter":
          out.set(k, personRef(val));
          break;
        case "delegate":
          out.set(k, userRef(val));
          break;
        case "series":
          ArrayNode series = out.putArray(k);
          val.forEach(s -> series.add(seriesRef(s)));
          break;
        case "check":
          out.put(k, store.combinedCheck(id));
          break;
        case "related":
          if (at(2) && !(partialUpdate && store.relationOf(id) == null)) {
            ArrayNode related = out.putArray(k);
            for (int other : store.related(id)) {
              related.add(patchRef(store.patches.get(other)));
            }
          }
          break;
        case "headers":
        case "content":
        case "diff":
        case "prefixes":
          if (detail) {
            out.set(k, val);
          }
          break;
        default:
          out.set(k, val);
      }
    }
    return out;
  }

  /** Embedded patch: id, url, web_url (1.1), msgid, list_archive_url (1.2), date, name, mbox. */
  ObjectNode patchRef(JsonNode p) {
    ObjectNode out = Json.object();
    out.set("id", p.get("id"));
    putLink(out, "url", p.get("url"));
    if (at(1)) {
      putLink(out, "web_url", p.get("web_url"));
    }
    out.set("msgid", p.get("msgid"));
    if (at(2)) {
      out.set("list_archive_url", orNull(p.get("list_archive_url")));
    }
    out.set("date", p.get("date"));
    out.set("name", p.get("name"));
    putLink(out, "mbox", p.get("mbox"));
    return out;
  }

  private static JsonNode orNull(JsonNode n) {
    return n == null ? NullNode.instance : n;
  }

  // ---- covers

  ObjectNode cover(ObjectNode c, boolean detail) {
    ObjectNode out = Json.object();
    for (Map.Entry<String, JsonNode> f : c.properties()) {
      String k = f.getKey();
      JsonNode val = f.getValue();
      switch (k) {
        case "url":
          putLink(out, k, val);
          break;
        case "web_url":
        case "mbox":
          if (at(1)) {
            putLink(out, k, val);
          }
          break;
        case "comments":
          if (at(1)) {
            out.put(k, unversionedLink(val.asText()));
          }
          break;
        case "list_archive_url":
          if (at(2)) {
            out.set(k, val);
          }
          break;
        case "project":
          out.set(k, projectRef(val));
          break;
        case "submitter":
          out.set(k, personRef(val));
          break;
        case "series":
          ArrayNode series = out.putArray(k);
          val.forEach(s -> series.add(seriesRef(s)));
          break;
        case "headers":
        case "content":
          if (detail) {
            out.set(k, val);
          }
          break;
        default:
          out.set(k, val);
      }
    }
    return out;
  }

  /** Embedded cover: id, url, web_url (1.1), msgid, list_archive_url (1.2), date, name, mbox (1.1). */
  JsonNode coverRef(JsonNode c) {
    if (c == null || c.isNull()) {
      return NullNode.instance;
    }
    ObjectNode out = Json.object();
    out.set("id", c.get("id"));
    putLink(out, "url", c.get("url"));
    if (at(1)) {
      putLink(out, "web_url", c.get("web_url"));
    }
    out.set("msgid", c.get("msgid"));
    if (at(2)) {
      out.set("list_archive_url", orNull(c.get("list_archive_url")));
    }
    out.set("date", c.get("date"));
    out.set("name", c.get("name"));
    if (at(1)) {
      putLink(out, "mbox", c.get("mbox"));
    }
    return out;
  }

  // ---- series

  /**
   * @param depsDropped one-element flag shared across a list page: once a series of a project
   *     without {@code show_dependencies} was rendered, later ones lose the keys too (§5.4)
   */
  ObjectNode series(ObjectNode s, boolean[] depsDropped) {
    ObjectNode out = Json.object();
    for (Map.Entry<String, JsonNode> f : s.properties()) {
      String k = f.getKey();
      JsonNode val = f.getValue();
      switch (k) {
        case "url":
        case "mbox":
          putLink(out, k, val);
          break;
        case "web_url":
          if (at(1)) {
            putLink(out, k, val);
          }
          break;
        case "project":
          out.set(k, projectRef(val));
          break;
        case "submitter":
          out.set(k, personRef(val));
          break;
        case "cover_letter":
          out.set(k, coverRef(val));
          break;
        case "patches":
          ArrayNode patches = out.putArray(k);
          val.forEach(p -> patches.add(patchRef(p)));
          break;
        case "dependencies":
        case "dependents":
          break;
        default:
          out.set(k, val);
      }
    }
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
    ObjectNode out = Json.object();
    out.set("id", s.get("id"));
    putLink(out, "url", s.get("url"));
    if (at(1)) {
      putLink(out, "web_url", s.get("web_url"));
    }
    out.set("date", s.get("date"));
    out.set("name", orNull(s.get("name")));
    out.set("version", s.get("version"));
    putLink(out, "mbox", s.get("mbox"));
    return out;
  }

  // ---- comments

  ObjectNode comment(ObjectNode c) {
    ObjectNode out = Json.object();
    for (Map.Entry<String, JsonNode> f : c.properties()) {
      String k = f.getKey();
      JsonNode val = f.getValue();
      switch (k) {
        case "url":
        case "addressed":
          if (at(3)) {
            if (k.equals("url")) {
              putLink(out, k, val);
            } else {
              out.set(k, val);
            }
          }
          break;
        case "web_url":
          putLink(out, k, val);
          break;
        case "list_archive_url":
          if (at(2)) {
            out.set(k, val);
          }
          break;
        case "submitter":
          out.set(k, personRef(val));
          break;
        default:
          out.set(k, val);
      }
    }
    return out;
  }

  /** Embedded comment (events only): id, url (1.3), web_url, msgid, list_archive_url (1.2), date. */
  ObjectNode commentRef(JsonNode c) {
    ObjectNode out = Json.object();
    out.set("id", c.get("id"));
    if (at(3) && c.has("url")) {
      putLink(out, "url", c.get("url"));
    }
    if (at(1)) {
      putLink(out, "web_url", c.get("web_url"));
    }
    out.set("msgid", c.get("msgid"));
    if (at(2)) {
      out.set("list_archive_url", orNull(c.get("list_archive_url")));
    }
    out.set("date", c.get("date"));
    return out;
  }

  // ---- checks

  ObjectNode check(ObjectNode c) {
    ObjectNode out = Json.object();
    for (Map.Entry<String, JsonNode> f : c.properties()) {
      String k = f.getKey();
      if (k.equals("url")) {
        putLink(out, k, f.getValue());
      } else if (k.equals("user")) {
        out.set(k, userRef(f.getValue()));
      } else {
        out.set(k, f.getValue());
      }
    }
    return out;
  }

  /** Embedded check (events only): id, url, date, state, target_url, context. */
  ObjectNode checkRef(JsonNode c) {
    ObjectNode out = Json.object();
    out.set("id", c.get("id"));
    putLink(out, "url", c.get("url"));
    for (String k : new String[] {"date", "state", "target_url", "context"}) {
      out.set(k, orNull(c.get(k)));
    }
    return out;
  }

  // ---- bundles

  ObjectNode bundle(ObjectNode b) {
    ObjectNode out = Json.object();
    for (Map.Entry<String, JsonNode> f : b.properties()) {
      String k = f.getKey();
      JsonNode val = f.getValue();
      switch (k) {
        case "url":
        case "mbox":
          putLink(out, k, val);
          break;
        case "web_url":
          if (at(1)) {
            putLink(out, k, val);
          }
          break;
        case "project":
          out.set(k, projectRef(val));
          break;
        case "owner":
          out.set(k, userRef(val));
          break;
        case "patches":
          List<Integer> ids = new ArrayList<>();
          val.forEach(p -> ids.add(Json.id(p)));
          ids.sort(store.patchDateOrder());
          ArrayNode patches = out.putArray(k);
          for (int id : ids) {
            ObjectNode p = store.patches.get(id);
            if (p != null) {
              patches.add(patchRef(p));
            }
          }
          break;
        default:
          out.set(k, val);
      }
    }
    return out;
  }

  // ---- events

  ObjectNode event(ObjectNode e) {
    ObjectNode out = Json.object();
    out.set("id", e.get("id"));
    out.set("category", e.get("category"));
    out.set("project", projectRef(e.get("project")));
    out.set("date", e.get("date"));
    out.set("actor", userRef(e.get("actor")));
    ObjectNode payload = out.putObject("payload");
    for (Map.Entry<String, JsonNode> f : e.path("payload").properties()) {
      String k = f.getKey();
      JsonNode val = f.getValue();
      if (val == null || val.isNull()) {
        payload.set(k, NullNode.instance);
        continue;
      }
      switch (k) {
        case "patch":
          payload.set(k, patchRef(val));
          break;
        case "series":
          payload.set(k, seriesRef(val));
          break;
        case "cover":
          payload.set(k, coverRef(val));
          break;
        case "comment":
          payload.set(k, commentRef(val));
          break;
        case "check":
          payload.set(k, checkRef(val));
          break;
        case "previous_delegate":
        case "current_delegate":
          payload.set(k, userRef(val));
          break;
        default:
          payload.set(k, val);
      }
    }
    return out;
  }
}
