package io.github.patchwork4j.testkit.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The server's State table: the ten default states (ids 1-10, in their default ordering) plus a
 * state for every other slug the data set uses. There is no API to list them.
 */
final class States {

  /** One row of the State table. */
  record State(int id, String name, String slug, int ordering) {
  }

  private static final String[] DEFAULT_NAMES = {
    "New", "Under Review", "Accepted", "Rejected", "RFC", "Not Applicable",
    "Changes Requested", "Awaiting Upstream", "Superseded", "Deferred"
  };

  private final List<State> states = new ArrayList<>();

  States() {
    for (String name : DEFAULT_NAMES) {
      add(name);
    }
  }

  /** Adds a state named like the slug (dashes as spaces) unless it exists. */
  State ensure(String slug) {
    State s = bySlug(slug);
    return s != null ? s : add(slug.replace('-', ' '));
  }

  private State add(String name) {
    State s = new State(states.size() + 1, name, slugify(name), states.size());
    states.add(s);
    return s;
  }

  List<State> all() {
    return Collections.unmodifiableList(states);
  }

  State bySlug(String slug) {
    for (State s : states) {
      if (s.slug().equals(slug)) {
        return s;
      }
    }
    return null;
  }

  /** The {@code state} filter's lookup: a numeric id, else the name with dashes as spaces. */
  State forFilter(String value) {
    String v = value.strip();
    if (Ints.isInt(v)) {
      int id = Ints.parse(v);
      return id >= 1 && id <= states.size() ? states.get(id - 1) : null;
    }
    String name = value.replace('-', ' ');
    for (State s : states) {
      if (s.name().equalsIgnoreCase(name)) {
        return s;
      }
    }
    return null;
  }

  int ordering(String slug) {
    State s = bySlug(slug);
    return s == null ? Integer.MAX_VALUE : s.ordering();
  }

  /** Django's {@code slugify}: ASCII-folded, lower case, runs of dashes and spaces as one dash. */
  static String slugify(String value) {
    String ascii = Normalizer.normalize(value, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "");
    String cleaned = ascii.replaceAll("[^\\w\\s-]", "").strip().toLowerCase(Locale.ROOT);
    return cleaned.replaceAll("[-\\s]+", "-").replaceAll("^[-_]+|[-_]+$", "");
  }
}
