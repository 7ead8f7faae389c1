package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Everything one fake server knows, as the API 1.3 detail view with canonical URLs. Starts as a
 * view of a shared {@link Dataset} and copies an object the first time it changes. Not
 * thread-safe: the server serialises access.
 */
public final class Store {

  final Table projects;
  final Table users;
  final Table people;
  final Table patches;
  final Table covers;
  final Table series;
  final Table bundles;
  final List<ObjectNode> events;
  final States states = new States();

  private final Map<Integer, List<ObjectNode>> checks;
  private final Map<String, List<ObjectNode>> comments;
  private final Map<Integer, ObjectNode> settings = new HashMap<>();
  private final Map<Integer, Integer> relationOf = new HashMap<>();
  private int nextRelation = 1;
  private LocalDateTime lastStamp = LocalDateTime.MIN;
  private int nextEventId;
  private int nextCheckId;
  private final Map<String, Integer> nextCommentId = new HashMap<>();
  /** Message ids seen in a series' thread, by "projectId msgid" (the server's SeriesReference). */
  final Map<String, Long> seriesReferences = new HashMap<>();

  public Store(Dataset data) {
    projects = new Table(data.list("projects"));
    users = new Table(data.list("users"));
    people = new Table(data.list("people"));
    patches = new Table(data.list("patches"));
    covers = new Table(data.list("covers"));
    series = new Table(data.list("series"));
    bundles = new Table(data.list("bundles"));
    events = new ArrayList<>(data.list("events"));
    checks = new HashMap<>(data.checks());
    comments = new LinkedHashMap<>(data.comments());
    for (ObjectNode u : users.all()) {
      if (u.path("settings").isObject()) {
        settings.put(Json.id(u), u.get("settings").deepCopy());
      }
    }
    for (ObjectNode e : events) {
      nextEventId = Math.max(nextEventId, Json.id(e));
      later(Json.str(e, "date"));
    }
    nextEventId++;
    for (List<ObjectNode> list : checks.values()) {
      for (ObjectNode c : list) {
        nextCheckId = Math.max(nextCheckId, Json.id(c));
        later(Json.str(c, "date"));
      }
    }
    nextCheckId++;
    for (Map.Entry<String, List<ObjectNode>> e : comments.entrySet()) {
      String kind = kindOf(e.getKey());
      for (ObjectNode c : e.getValue()) {
        nextCommentId.merge(kind, Json.id(c) + 1, Math::max);
      }
    }
    for (ObjectNode p : patches.all()) {
      states.ensure(Json.str(p, "state"));
      for (JsonNode r : p.path("related")) {
        relate(Json.id(p), Json.id(r));
      }
    }
  }

  private void later(String date) {
    if (date != null) {
      LocalDateTime t = Dates.parse(date);
      if (t.isAfter(lastStamp)) {
        lastStamp = t;
      }
    }
  }

  /**
   * The date of something the server does now (an event, a check): the clock's time, but always
   * after every date the server has handed out, so that {@code since} polling and newest-first
   * lists see it even when the data set is dated after the machine's clock.
   */
  String stamp(Clock clock) {
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    if (!now.isAfter(lastStamp)) {
      now = lastStamp.plus(1, ChronoUnit.MICROS);
    }
    lastStamp = now;
    return Dates.format(now);
  }

  private static String kindOf(String key) {
    return key.substring(0, key.indexOf('/'));
  }

  private void relate(int a, int b) {
    Integer ra = relationOf.get(a);
    Integer rb = relationOf.get(b);
    if (ra == null && rb == null) {
      int r = nextRelation++;
      relationOf.put(a, r);
      relationOf.put(b, r);
    } else if (ra == null) {
      relationOf.put(a, rb);
    } else if (rb == null) {
      relationOf.put(b, ra);
    } else if (!ra.equals(rb)) {
      relationOf.replaceAll((k, v) -> v.equals(rb) ? ra : v);
    }
  }

  // ---- checks

  List<ObjectNode> checks(int patchId) {
    return checks.getOrDefault(patchId, List.of());
  }

  int nextCheckId() {
    return nextCheckId++;
  }

  void addCheck(int patchId, ObjectNode check) {
    List<ObjectNode> list = new ArrayList<>(checks(patchId));
    list.add(check);
    checks.put(patchId, list);
  }

  /** {@code Patch.combined_check_state}: only the newest check per (user, context) counts. */
  String combinedCheck(int patchId) {
    Map<String, ObjectNode> unique = new LinkedHashMap<>();
    for (ObjectNode c : checks(patchId)) {
      String key = Json.id(c.get("user")) + "\u0000" + Json.str(c, "context");
      ObjectNode seen = unique.get(key);
      if (seen != null && Dates.compare(Json.str(seen, "date"), Json.str(c, "date")) > 0) {
        continue;
      }
      unique.put(key, c);
    }
    if (unique.isEmpty()) {
      return "pending";
    }
    for (String state : new String[] {"fail", "warning", "pending"}) {
      for (ObjectNode c : unique.values()) {
        if (state.equals(Json.str(c, "state"))) {
          return state;
        }
      }
    }
    return "success";
  }

  // ---- comments

  /** Comments of "patch/ID" or "cover/ID", oldest first. */
  List<ObjectNode> comments(String owner) {
    return comments.getOrDefault(owner, List.of());
  }

  ObjectNode comment(String owner, int commentId) {
    for (ObjectNode c : comments(owner)) {
      if (Json.id(c) == commentId) {
        return c;
      }
    }
    return null;
  }

  /** The comment, copied first if it is still the template's. */
  ObjectNode editComment(String owner, int commentId) {
    List<ObjectNode> list = new ArrayList<>(comments(owner));
    for (int i = 0; i < list.size(); i++) {
      if (Json.id(list.get(i)) == commentId) {
        ObjectNode copy = list.get(i).deepCopy();
        list.set(i, copy);
        comments.put(owner, list);
        return copy;
      }
    }
    return null;
  }

  int nextCommentId(String kind) {
    int id = nextCommentId.getOrDefault(kind, 1);
    nextCommentId.put(kind, id + 1);
    return id;
  }

  void addComment(String owner, ObjectNode comment) {
    List<ObjectNode> list = new ArrayList<>(comments(owner));
    list.add(comment);
    list.sort(Comparator.comparing((ObjectNode c) -> Json.str(c, "date"), Dates::compare)
        .thenComparingInt(Json::id));
    comments.put(owner, list);
  }

  // ---- events

  int nextEventId() {
    return nextEventId++;
  }

  void addEvent(ObjectNode event) {
    events.add(event);
  }

  // ---- relations

  /** The other members of the patch's relation, in patch date order. */
  List<Integer> related(int patchId) {
    Integer r = relationOf.get(patchId);
    if (r == null) {
      return List.of();
    }
    List<Integer> out = new ArrayList<>();
    for (Map.Entry<Integer, Integer> e : relationOf.entrySet()) {
      if (e.getValue().equals(r) && e.getKey() != patchId) {
        out.add(e.getKey());
      }
    }
    out.sort(patchDateOrder());
    return out;
  }

  Integer relationOf(int patchId) {
    return relationOf.get(patchId);
  }

  /** All members of a relation, including the patch itself. */
  TreeSet<Integer> members(Integer relation) {
    TreeSet<Integer> out = new TreeSet<>();
    if (relation != null) {
      relationOf.forEach((k, v) -> {
        if (v.equals(relation)) {
          out.add(k);
        }
      });
    }
    return out;
  }

  int newRelation() {
    return nextRelation++;
  }

  void setRelation(int patchId, Integer relation) {
    if (relation == null) {
      relationOf.remove(patchId);
    } else {
      relationOf.put(patchId, relation);
    }
  }

  Comparator<Integer> patchDateOrder() {
    return Comparator.comparing((Integer id) -> Json.str(patches.get(id), "date"), Dates::compare)
        .thenComparing(Comparator.naturalOrder());
  }

  // ---- users

  /** The user's settings ({@code send_email}, {@code items_per_page}, {@code show_ids}). */
  ObjectNode settings(int userId) {
    return settings.computeIfAbsent(userId, id -> {
      ObjectNode s = Json.object();
      s.put("send_email", false);
      s.put("items_per_page", 100);
      s.put("show_ids", false);
      return s;
    });
  }

  ObjectNode userByName(String username) {
    for (ObjectNode u : users.all()) {
      if (Objects.equals(Json.str(u, "username"), username)) {
        return u;
      }
    }
    return null;
  }

  /** The user linked to a person, or -1. */
  int userOfPerson(int personId) {
    ObjectNode person = people.get(personId);
    return person == null ? -1 : Json.id(person.get("user"));
  }

  boolean maintains(int userId, int projectId) {
    ObjectNode project = projects.get(projectId);
    if (project == null || userId < 0) {
      return false;
    }
    for (JsonNode m : project.path("maintainers")) {
      if (Json.id(m) == userId) {
        return true;
      }
    }
    return false;
  }
}
