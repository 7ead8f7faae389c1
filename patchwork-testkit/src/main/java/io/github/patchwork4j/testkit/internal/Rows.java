package io.github.patchwork4j.testkit.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.TreeMap;

/**
 * The rows of one kind by id. Rows are immutable, so a table starts as a copy of the data set's
 * map of shared rows and a change replaces a row.
 *
 * @param <R> the kind of row
 */
final class Rows<R extends Row> {

  private final TreeMap<Integer, R> rows = new TreeMap<>();
  private int maxId;

  Rows(Collection<R> seed) {
    seed.forEach(this::put);
  }

  /** The row of that id, or null. */
  R get(int id) {
    return rows.get(id);
  }

  boolean contains(int id) {
    return rows.containsKey(id);
  }

  /** Adds or replaces the row with the row's id. */
  void put(R row) {
    rows.put(row.id(), row);
    maxId = Math.max(maxId, row.id());
  }

  void remove(int id) {
    rows.remove(id);
  }

  /** Ids are never reused, like the server's auto-increment keys. */
  int nextId() {
    return maxId + 1;
  }

  /** All rows in id order. */
  Collection<R> all() {
    return Collections.unmodifiableCollection(rows.values());
  }
}
