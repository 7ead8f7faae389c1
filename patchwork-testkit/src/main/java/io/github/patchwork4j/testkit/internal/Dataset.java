package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A data set as the fake server is seeded with it: every object as the API 1.3 detail view of a
 * server whose address is {@value #CANONICAL_HOST}. Parsed once and shared read-only by every
 * server started from it; servers copy an object before changing it.
 */
public final class Dataset {

  /** The host every stored URL starts with; replaced by the server's own on the way out. */
  public static final String CANONICAL_HOST = "http://patchwork.example";

  static final String[] LIST_FILES = {
    "projects", "users", "people", "patches", "covers", "series", "bundles", "events"
  };

  private static final String BUNDLED = "/io/github/patchwork4j/testkit/recordings/dataset/";
  private static final Map<Object, Dataset> CACHE = new ConcurrentHashMap<>();

  private final String origin;
  private final Map<String, List<ObjectNode>> lists;
  private final Map<Integer, List<ObjectNode>> checks;
  private final Map<String, List<ObjectNode>> comments;
  private volatile Seed seed;

  private Dataset(String origin, Map<String, List<ObjectNode>> lists,
      Map<Integer, List<ObjectNode>> checks, Map<String, List<ObjectNode>> comments) {
    this.origin = origin;
    this.lists = lists;
    this.checks = checks;
    this.comments = comments;
  }

  /** The data set recorded from Patchwork 3.2.1 that ships inside the testkit jar. */
  public static Dataset bundled() {
    return CACHE.computeIfAbsent(BUNDLED, k -> load("the bundled data set", Dataset::openBundled));
  }

  /**
   * The bundled data set's users and projects and nothing else: no people, patches, covers,
   * series, bundles, checks, comments or events. Reads only those two files of the jar.
   */
  public static Dataset usersAndProjects() {
    return bundledLists("projects", "users");
  }

  /**
   * Only the named lists of the bundled data set ({@code "projects"}, {@code "people"}, …), read
   * without parsing the others; no checks or comments.
   */
  public static Dataset bundledLists(String... names) {
    List<String> files = new ArrayList<>();
    for (String name : names) {
      files.add(name + ".json");
    }
    return CACHE.computeIfAbsent(BUNDLED + files, k -> load("the bundled " + String.join(", ", names),
        file -> files.contains(file) ? openBundled(file) : null));
  }

  private static InputStream openBundled(String name) {
    InputStream in = Dataset.class.getResourceAsStream(BUNDLED + name);
    if (in == null) {
      throw new IllegalStateException("The testkit jar lacks " + BUNDLED + name);
    }
    return in;
  }

  /** A data set in a directory laid out like the bundled one; parsed once per JVM and path. */
  public static Dataset directory(Path dir) {
    Path key = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(key)) {
      throw new IllegalArgumentException("No data set directory at " + key
          + ": point dataset(...) at a folder holding projects.json, patches.json, ...");
    }
    return CACHE.computeIfAbsent(key, k -> load(key.toString(), name -> {
      Path file = key.resolve(name);
      if (!Files.exists(file)) {
        return null;
      }
      try {
        return Files.newInputStream(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));
  }

  /** An empty data set: no projects, users or patches (tests seed what they need). */
  public static Dataset empty() {
    return new Dataset("an empty data set", emptyLists(), Map.of(), Map.of());
  }

  private static Map<String, List<ObjectNode>> emptyLists() {
    Map<String, List<ObjectNode>> lists = new LinkedHashMap<>();
    for (String name : LIST_FILES) {
      lists.put(name, List.of());
    }
    return Collections.unmodifiableMap(lists);
  }

  private interface Opener {
    InputStream open(String name);
  }

  private static Dataset load(String origin, Opener opener) {
    Map<String, List<ObjectNode>> lists = new LinkedHashMap<>();
    for (String name : LIST_FILES) {
      JsonNode node = read(origin, opener, name + ".json");
      List<ObjectNode> items = new ArrayList<>();
      if (node != null) {
        if (!node.isArray()) {
          throw new IllegalArgumentException(origin + ": " + name
              + ".json must hold a JSON array of objects");
        }
        node.forEach(n -> items.add((ObjectNode) n));
      }
      lists.put(name, Collections.unmodifiableList(items));
    }
    Map<Integer, List<ObjectNode>> checks = new LinkedHashMap<>();
    JsonNode checkNode = read(origin, opener, "checks.json");
    if (checkNode != null) {
      for (Map.Entry<String, JsonNode> e : checkNode.properties()) {
        checks.put(Integer.valueOf(e.getKey()), objects(e.getValue()));
      }
    }
    Map<String, List<ObjectNode>> comments = new LinkedHashMap<>();
    JsonNode commentNode = read(origin, opener, "comments.json");
    if (commentNode != null) {
      for (Map.Entry<String, JsonNode> e : commentNode.properties()) {
        comments.put(e.getKey(), objects(e.getValue()));
      }
    }
    return new Dataset(origin, Collections.unmodifiableMap(lists),
        Collections.unmodifiableMap(checks), Collections.unmodifiableMap(comments));
  }

  private static List<ObjectNode> objects(JsonNode array) {
    List<ObjectNode> out = new ArrayList<>();
    array.forEach(n -> out.add((ObjectNode) n));
    return Collections.unmodifiableList(out);
  }

  private static JsonNode read(String origin, Opener opener, String name) {
    try (InputStream in = opener.open(name)) {
      if (in == null) {
        return null;
      }
      return Json.mapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalArgumentException(origin + ": " + name + " is not valid JSON: "
          + e.getMessage(), e);
    }
  }

  /** The typed rows of this data set, parsed on first use. */
  Seed seed() {
    Seed s = seed;
    if (s == null) {
      synchronized (this) {
        s = seed;
        if (s == null) {
          s = new Seed(this);
          seed = s;
        }
      }
    }
    return s;
  }

  public String origin() {
    return origin;
  }

  /** One of {@link #LIST_FILES}, e.g. "patches". Never modify the nodes. */
  public List<ObjectNode> list(String name) {
    return lists.getOrDefault(name, List.of());
  }

  /** Checks by patch id. Never modify the nodes. */
  public Map<Integer, List<ObjectNode>> checks() {
    return checks;
  }

  /** Comments keyed "patch/ID" or "cover/ID". Never modify the nodes. */
  public Map<String, List<ObjectNode>> comments() {
    return comments;
  }
}
