package io.github.patchwork4j.testkit.internal;

/** The server's HTML pages: Django's 404 and 500 pages and the 301 of APPEND_SLASH. */
final class Pages {

  private Pages() {
  }

  static Reply notFound(String path) {
    String html = "\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n"
        + "  <head>\n    <meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"/>\n"
        + "    <title>404: File not found - Patchwork</title>\n  </head>\n  <body>\n"
        + "    <div id=\"main-content\" class=\"container-fluid\">\n\n"
        + "<p>The page URL requested (<code>" + escape(path) + "</code>) does not exist.</p>\n\n"
        + "    </div>\n    <div id=\"footer\">\n"
        + "      <a href=\"http://jk.ozlabs.org/projects/patchwork/\">patchwork</a> patch tracking system |\n"
        + "      version v3.2.1 (patchwork4j FakePatchwork) |\n"
        + "      <a href=\"/about/\">about patchwork</a>\n    </div>\n  </body>\n</html>\n";
    return Reply.text(404, "text/html; charset=utf-8", html).header("Vary", "Cookie");
  }

  /** What the server answers where the real server fails with a known bug. */
  static Reply serverError() {
    return Reply.text(500, "text/html; charset=utf-8",
        "\n<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Server Error (500)</title>\n"
        + "</head>\n<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n");
  }

  static Reply movedPermanently(String location) {
    return Reply.text(301, "text/html; charset=utf-8", "").header("Location", location);
  }

  static Reply found(String location) {
    return Reply.text(302, "text/html; charset=utf-8", "").header("Location", location);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#x27;");
  }
}
