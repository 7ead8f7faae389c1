package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The typed rows of a {@link Dataset}, parsed once and shared by every server started from it
 * (rows are immutable).
 */
final class Seed {

  final List<ProjectRow> projects;
  final List<UserRow> users;
  final List<PersonRow> people;
  final Map<Integer, List<CheckRow>> checks;
  final List<BundleRow> bundles;
  final List<PatchRow> patches;
  final List<CoverRow> covers;
  final List<SeriesRow> series;
  final List<EventRow> events;
  final Map<Integer, UserSettings> settings;
  /** The relation of each patch of the data set: the ids of the other patches in it. */
  final Map<Integer, List<Integer>> related;
  final Map<String, List<CommentRow>> comments;

  Seed(Dataset data) {
    projects = rows(data.list("projects"), ProjectRow::parse);
    users = rows(data.list("users"), UserRow::parse);
    people = rows(data.list("people"), PersonRow::parse);
    Map<Integer, List<CheckRow>> c = new LinkedHashMap<>();
    data.checks().forEach((patch, list) -> c.put(patch, rows(list, CheckRow::parse)));
    checks = Collections.unmodifiableMap(c);
    bundles = rows(data.list("bundles"), BundleRow::parse);
    patches = rows(data.list("patches"), PatchRow::parse);
    covers = rows(data.list("covers"), CoverRow::parse);
    series = rows(data.list("series"), SeriesRow::parse);
    events = rows(data.list("events"), EventRow::parse);
    Map<Integer, UserSettings> s = new LinkedHashMap<>();
    data.list("users").stream().filter(u -> u.path("settings").isObject())
        .forEach(u -> s.put(Json.id(u), UserSettings.DEFAULT.with(u.get("settings"))));
    settings = Collections.unmodifiableMap(s);
    Map<Integer, List<Integer>> r = new LinkedHashMap<>();
    data.list("patches").forEach(p -> r.put(Json.id(p), PatchRow.related(p)));
    related = Collections.unmodifiableMap(r);
    Map<String, List<CommentRow>> cm = new LinkedHashMap<>();
    data.comments().forEach((owner, list) -> cm.put(owner, rows(list, CommentRow::parse)));
    comments = Collections.unmodifiableMap(cm);
  }

  private static <R> List<R> rows(List<ObjectNode> nodes, Function<ObjectNode, R> parse) {
    List<R> out = new ArrayList<>();
    nodes.forEach(n -> out.add(parse.apply(n)));
    return Collections.unmodifiableList(out);
  }
}
