package io.github.patchwork4j.examples;

import io.github.patchwork4j.model.Check;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the server makes of a patch's checks. */
final class Checks {

  private Checks() {
  }

  /**
   * The checks that count in the patch's combined {@code check}: the newest per user and context
   * (by date, then id), in context order.
   */
  static List<Check> standing(List<Check> checks) {
    Map<String, Check> newest = new LinkedHashMap<>();
    Comparator<Check> age = Comparator.comparing(Check::date).thenComparing(Check::id);
    for (Check c : checks) {
      newest.merge(c.user().id() + "/" + c.context(), c, (a, b) -> age.compare(a, b) >= 0 ? a : b);
    }
    List<Check> result = new ArrayList<>(newest.values());
    result.sort(Comparator.comparing(Check::context).thenComparing(c -> c.user().username()));
    return result;
  }
}
