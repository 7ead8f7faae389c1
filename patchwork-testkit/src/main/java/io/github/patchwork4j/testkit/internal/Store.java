package io.github.patchwork4j.testkit.internal;

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
import java.util.function.Function;

/**
 * Everything one fake server knows, as the API 1.3 detail view with canonical URLs. Starts as a
 * view of a shared {@link Dataset} and copies an object the first time it changes. Not
 * thread-safe: the server serialises access.
 */
public final class Store {

  final Rows<ProjectRow> projects;
  final Rows<UserRow> users;
  final Rows<PersonRow> people;
  final Rows<PatchRow> patches;
  final Rows<CoverRow> covers;
  final Rows<SeriesRow> series;
  final Rows<BundleRow> bundles;
  final List<EventRow> events;
  final States states = new States();

  private final Map<Integer, List<CheckRow>> checks;
  private final Map<String, List<CommentRow>> comments;
  private final Map<Integer, UserSettings> settings;
  private final Map<Integer, Integer> relationOf = new HashMap<>();
  private int nextRelation = 1;
  private LocalDateTime lastStamp = LocalDateTime.MIN;
  private int nextEventId;
  private int nextCheckId;
  private final Map<String, Integer> nextCommentId = new HashMap<>();
  /** Message ids seen in a series' thread, by "projectId msgid" (the server's SeriesReference). */
  final Map<String, Long> seriesReferences = new HashMap<>();

  public Store(Dataset data) {
    Seed seed = data.seed();
    projects = new Rows<>(seed.projects);
    users = new Rows<>(seed.users);
    people = new Rows<>(seed.people);
    patches = new Rows<>(seed.patches);
    covers = new Rows<>(seed.covers);
    series = new Rows<>(seed.series);
    bundles = new Rows<>(seed.bundles);
    events = new ArrayList<>(seed.events);
    checks = new HashMap<>(seed.checks);
    comments = new LinkedHashMap<>(seed.comments);
    settings = new HashMap<>(seed.settings);
    for (EventRow e : events) {
      nextEventId = Math.max(nextEventId, e.id());
      later(e.date());
    }
    nextEventId++;
    for (List<CheckRow> list : checks.values()) {
      for (CheckRow c : list) {
        nextCheckId = Math.max(nextCheckId, c.id());
        later(c.date());
      }
    }
    nextCheckId++;
    for (Map.Entry<String, List<CommentRow>> e : comments.entrySet()) {
      String kind = kindOf(e.getKey());
      for (CommentRow c : e.getValue()) {
        nextCommentId.merge(kind, c.id() + 1, Math::max);
      }
    }
    for (PatchRow p : patches.all()) {
      states.ensure(p.state());
    }
    seed.related.forEach((patch, others) -> others.forEach(other -> relate(patch, other)));
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

  List<CheckRow> checks(int patchId) {
    return checks.getOrDefault(patchId, List.of());
  }

  int nextCheckId() {
    return nextCheckId++;
  }

  void addCheck(int patchId, CheckRow check) {
    List<CheckRow> list = new ArrayList<>(checks(patchId));
    list.add(check);
    checks.put(patchId, list);
  }

  /** {@code Patch.combined_check_state}: only the newest check per (user, context) counts. */
  String combinedCheck(int patchId) {
    Map<String, CheckRow> unique = new LinkedHashMap<>();
    for (CheckRow c : checks(patchId)) {
      String key = c.userId() + "\u0000" + c.context();
      CheckRow seen = unique.get(key);
      if (seen != null && Dates.compare(seen.date(), c.date()) > 0) {
        continue;
      }
      unique.put(key, c);
    }
    if (unique.isEmpty()) {
      return "pending";
    }
    for (String state : new String[] {"fail", "warning", "pending"}) {
      for (CheckRow c : unique.values()) {
        if (state.equals(c.state())) {
          return state;
        }
      }
    }
    return "success";
  }

  // ---- comments

  /** Comments of "patch/ID" or "cover/ID", oldest first. */
  List<CommentRow> comments(String owner) {
    return comments.getOrDefault(owner, List.of());
  }

  CommentRow comment(String owner, int commentId) {
    for (CommentRow c : comments(owner)) {
      if (c.id() == commentId) {
        return c;
      }
    }
    return null;
  }

  /** Replaces the comment of that id. */
  void replaceComment(String owner, CommentRow comment) {
    List<CommentRow> list = new ArrayList<>(comments(owner));
    list.replaceAll(c -> c.id() == comment.id() ? comment : c);
    comments.put(owner, list);
  }

  int nextCommentId(String kind) {
    int id = nextCommentId.getOrDefault(kind, 1);
    nextCommentId.put(kind, id + 1);
    return id;
  }

  void addComment(String owner, CommentRow comment) {
    List<CommentRow> list = new ArrayList<>(comments(owner));
    list.add(comment);
    list.sort(Comparator.comparing(CommentRow::date, Dates::compare).thenComparingInt(CommentRow::id));
    comments.put(owner, list);
  }

  // ---- events

  int nextEventId() {
    return nextEventId++;
  }

  void addEvent(EventRow event) {
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
    return Comparator.comparing((Integer id) -> patches.get(id).date(), Dates::compare)
        .thenComparing(Comparator.naturalOrder());
  }

  // ---- users

  /** The user's settings: the defaults until changed. */
  UserSettings settings(int userId) {
    return settings.getOrDefault(userId, UserSettings.DEFAULT);
  }

  void setSettings(int userId, UserSettings value) {
    settings.put(userId, value);
  }

  UserRow userByName(String username) {
    for (UserRow u : users.all()) {
      if (Objects.equals(u.username(), username)) {
        return u;
      }
    }
    return null;
  }

  /** The principal of a user: the user with the projects it maintains. */
  Principal principal(int userId) {
    java.util.Set<Integer> maintained = new java.util.HashSet<>();
    for (ProjectRow p : projects.all()) {
      if (p.maintainedBy(userId)) {
        maintained.add(p.id());
      }
    }
    return new Principal.Member(userId, maintained);
  }

  /** {@code Patch.is_editable}: its submitter's user, its delegate and its project's maintainers. */
  boolean patchEditable(PatchRow patch, Principal user) {
    return user instanceof Principal.Member m
        && (m.id() == userOfPerson(patch.submitterId()) || m.id() == patch.delegateId()
            || m.maintains(patch.projectId()));
  }

  // ---- lookups of filter values (an integer is a primary key, else the alternate field)

  static Integer pk(String v, Rows<?> rows) {
    return pk(v, rows::contains);
  }

  private static Integer pk(String v, java.util.function.IntPredicate exists) {
    if (!Ints.isInt(v)) {
      return null;
    }
    int id = Ints.parse(v);
    return exists.test(id) ? id : null;
  }

  /** An integer is a primary key; anything else the row's alternate key, in any case. */
  private static <R extends Row> Integer byKeyOrField(String v, Rows<R> rows, Function<R, String> field) {
    if (Ints.isInt(v)) {
      return pk(v, rows);
    }
    for (R row : rows.all()) {
      if (v.equalsIgnoreCase(field.apply(row))) {
        return row.id();
      }
    }
    return null;
  }

  Integer projectId(String v) {
    return byKeyOrField(v, projects, ProjectRow::linkName);
  }

  Integer personId(String v) {
    return byKeyOrField(v, people, PersonRow::email);
  }

  Integer userId(String v) {
    return byKeyOrField(v, users, UserRow::username);
  }

  /** The project a URL names, by id or by link name (case-sensitive); null when none. */
  ProjectRow projectByKey(String key) {
    if (Ints.isDigits(key)) {
      ProjectRow p = projects.get(Integer.parseInt(key));
      if (p != null) {
        return p;
      }
    }
    for (ProjectRow p : projects.all()) {
      if (key.equals(p.linkName())) {
        return p;
      }
    }
    return null;
  }

  /** The user linked to a person, or -1. */
  int userOfPerson(int personId) {
    PersonRow person = people.get(personId);
    return person == null ? -1 : person.userId();
  }

  boolean maintains(int userId, int projectId) {
    ProjectRow project = projects.get(projectId);
    return project != null && userId >= 0 && project.maintainedBy(userId);
  }
}
