package io.github.patchwork4j.testkit.internal;

import java.util.List;

/**
 * A matched API route: what the path names, with its typed path parameters.
 *
 * @param projectKey a project's id or link name ({@code /projects/{key}/}), else null
 * @param id the resource's id, or for checks and comments the patch's or cover's id; 0 for lists
 * @param childId the check's or comment's id in a detail route, else 0
 */
record Route(Kind kind, String projectKey, int id, int childId) {

  /** The resources of the REST API, each with the methods its view allows. */
  enum Kind {
    INDEX("GET, HEAD, OPTIONS", "Index"),
    PROJECTS("GET, HEAD, OPTIONS", "Project List"),
    PROJECT("GET, PUT, PATCH, HEAD, OPTIONS", "Project Detail"),
    USERS("GET, HEAD, OPTIONS", "User List"),
    USER("GET, PUT, PATCH, HEAD, OPTIONS", "User Detail"),
    PEOPLE("GET, HEAD, OPTIONS", "Person List"),
    PERSON("GET, HEAD, OPTIONS", "Person Detail"),
    PATCHES("GET, HEAD, OPTIONS", "Patch List"),
    PATCH("GET, PUT, PATCH, HEAD, OPTIONS", "Patch Detail"),
    CHECKS("GET, POST, HEAD, OPTIONS", "Check List Create"),
    CHECK("GET, HEAD, OPTIONS", "Check Detail"),
    PATCH_COMMENTS("GET, HEAD, OPTIONS", "Patch Comment List"),
    PATCH_COMMENT("GET, PUT, PATCH, HEAD, OPTIONS", "Patch Comment Detail"),
    COVERS("GET, HEAD, OPTIONS", "Cover List"),
    COVER("GET, HEAD, OPTIONS", "Cover Detail"),
    COVER_COMMENTS("GET, HEAD, OPTIONS", "Cover Comment List"),
    COVER_COMMENT("GET, PUT, PATCH, HEAD, OPTIONS", "Cover Comment Detail"),
    SERIES_LIST("GET, HEAD, OPTIONS", "Series List"),
    SERIES("GET, HEAD, OPTIONS", "Series Detail"),
    BUNDLES("GET, POST, HEAD, OPTIONS", "Bundle List"),
    BUNDLE("GET, PUT, PATCH, DELETE, HEAD, OPTIONS", "Bundle Detail"),
    EVENTS("GET, HEAD, OPTIONS", "Event List");

    private final String allow;
    private final String viewName;

    Kind(String allow, String viewName) {
      this.allow = allow;
      this.viewName = viewName;
    }

    String allow() {
      return allow;
    }

    String viewName() {
      return viewName;
    }

    boolean allows(String method) {
      return List.of(allow.split(", ")).contains(method);
    }
  }

  /**
   * Matches the path segments after the version prefix ({@code ["patches", "1", ""]}) for an
   * effective API version 1.{minor}; null when no route matches.
   */
  static Route match(List<String> s, int minor) {
    int n = s.size();
    if (n == 0 || !s.get(n - 1).isEmpty()) {
      return null;
    }
    List<String> p = s.subList(0, n - 1);
    if (p.isEmpty()) {
      return new Route(Kind.INDEX, null, 0, 0);
    }
    String head = p.get(0);
    switch (p.size()) {
      case 1:
        switch (head) {
          case "projects": return new Route(Kind.PROJECTS, null, 0, 0);
          case "users": return new Route(Kind.USERS, null, 0, 0);
          case "people": return new Route(Kind.PEOPLE, null, 0, 0);
          case "patches": return new Route(Kind.PATCHES, null, 0, 0);
          case "covers": return new Route(Kind.COVERS, null, 0, 0);
          case "series": return new Route(Kind.SERIES_LIST, null, 0, 0);
          case "bundles": return new Route(Kind.BUNDLES, null, 0, 0);
          case "events": return new Route(Kind.EVENTS, null, 0, 0);
          default: return null;
        }
      case 2:
        String key = p.get(1);
        if (head.equals("projects") && !key.isEmpty()) {
          return new Route(Kind.PROJECT, key, 0, 0);
        }
        if (!Ints.isDigits(key)) {
          return null;
        }
        int id = Integer.parseInt(key);
        switch (head) {
          case "users": return new Route(Kind.USER, null, id, 0);
          case "people": return new Route(Kind.PERSON, null, id, 0);
          case "patches": return new Route(Kind.PATCH, null, id, 0);
          case "covers": return new Route(Kind.COVER, null, id, 0);
          case "series": return new Route(Kind.SERIES, null, id, 0);
          case "bundles": return new Route(Kind.BUNDLE, null, id, 0);
          default: return null;
        }
      case 3:
      case 4:
        if (!Ints.isDigits(p.get(1))) {
          return null;
        }
        int owner = Integer.parseInt(p.get(1));
        String what = p.get(2);
        boolean detail = p.size() == 4;
        int sub = 0;
        if (detail) {
          if (!Ints.isDigits(p.get(3))) {
            return null;
          }
          sub = Integer.parseInt(p.get(3));
        }
        if (head.equals("patches") && what.equals("checks")) {
          return new Route(detail ? Kind.CHECK : Kind.CHECKS, null, owner, sub);
        }
        if (what.equals("comments") && (head.equals("patches") || head.equals("covers"))) {
          if (minor < 1 || detail && minor < 3) {
            return null;
          }
          boolean patch = head.equals("patches");
          Kind k = detail ? (patch ? Kind.PATCH_COMMENT : Kind.COVER_COMMENT)
              : (patch ? Kind.PATCH_COMMENTS : Kind.COVER_COMMENTS);
          return new Route(k, null, owner, sub);
        }
        return null;
      default:
        return null;
    }
  }
}
