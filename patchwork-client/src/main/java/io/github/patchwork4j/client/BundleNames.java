package io.github.patchwork4j.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The server's rules for bundle names and patch lists, shared by the bundle payloads. */
final class BundleNames {

  static final int MAX_NAME = 50;

  private BundleNames() {}

  /**
   * A name of 1–50 characters, not blank, trimmed as the server trims it before storing (so that
   * the duplicate check compares what the server would compare).
   */
  static String name(String name) {
    Objects.requireNonNull(name, "name: a bundle needs a name");
    String trimmed = name.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("name: a bundle name cannot be blank");
    }
    if (trimmed.length() > MAX_NAME) {
      throw new IllegalArgumentException(
          "name: a bundle name has at most " + MAX_NAME + " characters, got " + trimmed.length());
    }
    return trimmed;
  }

  /** A non-empty list of distinct positive patch ids, in the given order. */
  static List<Long> patches(Collection<Long> patchIds) {
    Objects.requireNonNull(patchIds, "patches: give the bundle's patch ids");
    if (patchIds.isEmpty()) {
      throw new IllegalArgumentException(
          "patches: a bundle cannot be empty; give at least one patch id"
              + " (delete the bundle to drop all its patches)");
    }
    List<Long> ids = new ArrayList<>(patchIds.size());
    Set<Long> seen = new HashSet<>();
    for (Long id : patchIds) {
      if (id == null || id <= 0) {
        throw new IllegalArgumentException("patches: patch ids are positive, got " + id);
      }
      if (!seen.add(id)) {
        throw new IllegalArgumentException(
            "patches: patch " + id + " is listed twice; a bundle holds each patch once");
      }
      ids.add(id);
    }
    return List.copyOf(ids);
  }

  static List<Long> patches(long... patchIds) {
    Objects.requireNonNull(patchIds, "patches: give the bundle's patch ids");
    List<Long> ids = new ArrayList<>(patchIds.length);
    for (long id : patchIds) {
      ids.add(id);
    }
    return patches(ids);
  }
}
