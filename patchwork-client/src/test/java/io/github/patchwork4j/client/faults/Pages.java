package io.github.patchwork4j.client.faults;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A patch list of {@code pages} pages of {@code perPage} items at {@code /api/1.3/patches/},
 * with {@code Link} headers (next, and first/last when {@code withLast}, as Patchwork 3.1+
 * sends them).
 */
final class Pages {

  private static final Pattern PAGE = Pattern.compile("[?&]page=(\\d+)");

  private final int pages;
  private final int perPage;
  private final boolean withLast;
  private final String[] bodies;

  Pages(int pages, int perPage, boolean withLast) {
    this.pages = pages;
    this.perPage = perPage;
    this.withLast = withLast;
    this.bodies = new String[pages + 1];
    for (int p = 1; p <= pages; p++) {
      bodies[p] = Bodies.page((long) (p - 1) * perPage + 1, perPage);
    }
  }

  /** Items in the whole list. */
  long items() {
    return (long) pages * perPage;
  }

  /** The page number a list request asks for (1 without a {@code page} parameter). */
  static int pageOf(FaultServer.Received request) {
    Matcher m = PAGE.matcher(request.target());
    return m.find() ? Integer.parseInt(m.group(1)) : 1;
  }

  /** The well-formed answer for page {@code page}, links pointing at {@code base}. */
  Reply page(String base, int page) {
    Map<String, String> headers = new LinkedHashMap<>();
    StringBuilder link = new StringBuilder();
    if (page < pages) {
      link.append(link(base, page + 1, "next"));
    }
    if (withLast) {
      if (link.length() > 0) {
        link.append(", ");
      }
      link.append(link(base, 1, "first")).append(", ").append(link(base, pages, "last"));
    }
    if (link.length() > 0) {
      headers.put("Link", link.toString());
    }
    return Reply.json(200, headers, bodies[page]);
  }

  /**
   * Serves every page (links on the origin the request was sent to), except where
   * {@code fault} gives a reply for the page number (null: the page itself).
   */
  Function<FaultServer.Received, Reply> router(IntFunction<Reply> fault) {
    return request -> {
      int page = pageOf(request);
      Reply special = fault.apply(page);
      return special != null ? special : page("http://" + request.header("Host"), page);
    };
  }

  /** Serves every page as it is. */
  Function<FaultServer.Received, Reply> router() {
    return router(page -> null);
  }

  private String link(String base, int page, String rel) {
    return "<" + base + "/api/1.3/patches/?page=" + page + "&per_page=" + perPage + ">; rel=\"" + rel + "\"";
  }
}
