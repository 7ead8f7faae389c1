package io.github.patchwork4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the static page set the benchmarks serve: API 1.3 list pages of 250 patches ({@code
 * p1.json} … {@code pN.json}) made from the recorded data set's patches in their list view, every
 * patch with its own id (and URLs naming it), plus the {@code /api/} and {@code /api/1.3/}
 * indexes.
 *
 * <p>Usage: {@code PageSet <dataset patches.json> <out dir> <pages> <base url>}.
 */
public final class PageSet {

  /** Patches per page, the client's default {@code per_page}. */
  public static final int PER_PAGE = 250;

  private static final List<String> DETAIL_ONLY = List.of("headers", "content", "diff", "prefixes");

  private PageSet() {}

  /**
   * Generates the pages.
   *
   * @param args dataset file, output directory, number of pages, base URL
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path dataset = Path.of(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]));
    int pages = Integer.parseInt(args[2]);
    String base = args[3];
    ObjectMapper json = new ObjectMapper();
    JsonNode all = json.readTree(dataset.toFile());
    String host = "http://patchwork.example";
    int n = all.size();
    for (int page = 1; page <= pages; page++) {
      ArrayNode items = json.createArrayNode();
      for (int i = 0; i < PER_PAGE; i++) {
        int id = (page - 1) * PER_PAGE + i + 1;
        ObjectNode p = ((ObjectNode) all.get((id - 1) % n)).deepCopy();
        p.remove(DETAIL_ONLY);
        p.put("id", id);
        p.put("url", base + "/api/1.3/patches/" + id + "/");
        p.put("comments", host + "/api/patches/" + id + "/comments/");
        p.put("checks", host + "/api/patches/" + id + "/checks/");
        items.add(p);
      }
      Files.write(out.resolve("p" + page + ".json"), json.writeValueAsBytes(items));
    }
    ObjectNode index = json.createObjectNode();
    for (String r : List.of("projects", "users", "people", "patches", "covers", "series",
        "events", "bundles")) {
      index.put(r, base + "/api/1.3/" + r + "/");
    }
    Files.write(out.resolve("index.json"), json.writeValueAsBytes(index));
  }
}
