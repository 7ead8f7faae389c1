package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Objects of one kind by id, copy-on-write over shared template nodes: {@link #edit(int)} copies
 * a template node the first time it is changed, so the template is never modified.
 */
final class Table {

  private final TreeMap<Integer, ObjectNode> rows = new TreeMap<>();
  private final Set<ObjectNode> owned = Collections.newSetFromMap(new IdentityHashMap<>());
  private int maxId;

  Table(List<ObjectNode> seed) {
    for (ObjectNode node : seed) {
      int id = Json.id(node);
      rows.put(id, node);
      maxId = Math.max(maxId, id);
    }
  }

  ObjectNode get(int id) {
    return rows.get(id);
  }

  boolean contains(int id) {
    return rows.containsKey(id);
  }

  /** The node of that id, made private to this table first; null when there is none. */
  ObjectNode edit(int id) {
    ObjectNode node = rows.get(id);
    if (node == null || owned.contains(node)) {
      return node;
    }
    ObjectNode copy = node.deepCopy();
    owned.add(copy);
    rows.put(id, copy);
    return copy;
  }

  /** Adds or replaces a node this table may change at will. */
  void put(ObjectNode node) {
    int id = Json.id(node);
    owned.add(node);
    rows.put(id, node);
    maxId = Math.max(maxId, id);
  }

  void remove(int id) {
    ObjectNode node = rows.remove(id);
    if (node != null) {
      owned.remove(node);
    }
  }

  /** Ids are never reused, like the server's auto-increment keys. */
  int nextId() {
    return maxId + 1;
  }

  /** All nodes in id order. */
  Collection<ObjectNode> all() {
    return Collections.unmodifiableCollection(rows.values());
  }

  int size() {
    return rows.size();
  }
}
