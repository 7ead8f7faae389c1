package io.github.patchwork4j.client.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.patchwork4j.client.testing.RecordedServer.Recording;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * List pages built from the recorded data set ({@code fixtures/recordings/dataset/}) the way
 * Patchwork 3.2 builds them (docs/server-behaviour.md): the list view of each object (detail-only keys
 * removed), sliced by {@code per_page}, with a {@code Link} header of {@code next},
 * {@code prev} (page 1 without {@code page}), {@code first} and {@code last}, query
 * parameters sorted as DRF writes them. {@code PaginationTest} checks the result against the
 * recorded pages.
 */
public final class DatasetPages {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> DETAIL_ONLY = List.of("headers", "content", "diff", "prefixes");

  private DatasetPages() {}

  /** The patches of a project in id order (the server's default), as list items. */
  public static List<JsonNode> patchesOf(String linkName) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode p : load("patches")) {
      if (p.get("project").get("link_name").asText().equals(linkName)) {
        ObjectNode item = p.deepCopy();
        DETAIL_ONLY.forEach(item::remove);
        out.add(item);
      }
    }
    out.sort(Comparator.comparingInt(n -> n.get("id").asInt()));
    return out;
  }

  /** Every recorded event, oldest first (by date; the data set's ids follow the same order). */
  public static List<JsonNode> events() {
    List<JsonNode> out = new ArrayList<>();
    load("events").forEach(out::add);
    return out;
  }

  /**
   * The pages of a list as recordings answering {@code GET {path}?{filters}&per_page=N&page=P}.
   *
   * @param path the list path, e.g. {@code /api/1.3/patches/}
   * @param filters the filter parameters, e.g. {@code project=alpha}
   * @param items every item of the list
   * @param perPage the page size
   * @param firstAndLast true for Patchwork 3.1+ ({@code first}/{@code last} links, a header
   *     even on a single page), false for older servers
   * @param linkHost the scheme and host the server writes into its links
   */
  public static List<Recording> pages(
      String path, Map<String, String> filters, List<JsonNode> items, int perPage, boolean firstAndLast, String linkHost) {
    int pageCount = Math.max(1, (items.size() + perPage - 1) / perPage);
    List<Recording> out = new ArrayList<>();
    for (int page = 1; page <= pageCount; page++) {
      ArrayNode body = JSON.createArrayNode();
      items.subList((page - 1) * perPage, Math.min(items.size(), page * perPage)).forEach(body::add);
      StringJoiner link = new StringJoiner(", ");
      if (page < pageCount) {
        link.add("<" + linkHost + url(path, filters, perPage, page + 1) + ">; rel=\"next\"");
      }
      if (page > 1) {
        link.add("<" + linkHost + url(path, filters, perPage, page - 1 == 1 ? 0 : page - 1) + ">; rel=\"prev\"");
      }
      if (firstAndLast) {
        link.add("<" + linkHost + url(path, filters, perPage, 1) + ">; rel=\"first\"");
        link.add("<" + linkHost + url(path, filters, perPage, pageCount) + ">; rel=\"last\"");
      }
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Type", "application/json");
      if (link.length() > 0) {
        headers.put("Link", link.toString());
      }
      headers.put("Allow", "GET, HEAD, OPTIONS");
      out.add(new Recording("dataset/" + path + "#" + page, "GET", url(path, filters, perPage, page),
          "anonymous", 200, headers, body.toString()));
    }
    return out;
  }

  private static String url(String path, Map<String, String> filters, int perPage, int page) {
    TreeMap<String, String> q = new TreeMap<>(filters);
    q.put("per_page", Integer.toString(perPage));
    if (page > 0) {
      q.put("page", Integer.toString(page));
    }
    StringJoiner j = new StringJoiner("&", "?", "");
    q.forEach((k, v) -> j.add(k + "=" + v));
    return path + j;
  }

  private static JsonNode load(String name) {
    try (InputStream in = DatasetPages.class.getClassLoader()
        .getResourceAsStream("fixtures/recordings/dataset/" + name + ".json")) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the recorded host in every item. */
  public static List<JsonNode> rehost(List<JsonNode> items, String host) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode n : items) {
      try {
        out.add(JSON.readTree(n.toString().replace(RecordedServer.RECORDED_HOST, host)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
