package io.github.patchwork4j.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Where two JSON trees differ, as short readable lines (the trees themselves can be huge). */
final class JsonDiff {

  private JsonDiff() {}

  /** At most 10 differences, each as {@code path: expected -> actual}. */
  static List<String> differences(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    diff("$", expected, actual, out);
    return out;
  }

  private static void diff(String path, JsonNode a, JsonNode b, List<String> out) {
    if (out.size() >= 10 || a.equals(b)) {
      return;
    }
    if (a.isObject() && b.isObject()) {
      for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!b.has(k)) {
          out.add(path + "." + k + ": " + shorten(a.get(k)) + " -> (absent)");
        } else {
          diff(path + "." + k, a.get(k), b.get(k), out);
        }
      }
      for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!a.has(k)) {
          out.add(path + "." + k + ": (absent) -> " + shorten(b.get(k)));
        }
      }
    } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        diff(path + "[" + i + "]", a.get(i), b.get(i), out);
      }
    } else {
      out.add(path + ": " + shorten(a) + " -> " + shorten(b));
    }
  }

  private static String shorten(JsonNode n) {
    String s = n.toString();
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
