package io.github.patchwork4j.testkit.internal;

import java.util.List;

/** A path of the web side the API links to, with its typed parts. */
sealed interface WebRoute {

  /** What the server sends for a patch or cover path. */
  enum View { PAGE, MBOX, RAW }

  /** {@code /}. */
  record Home() implements WebRoute {
  }

  /** {@code /project/{linkname}/list/}. */
  record ProjectList(String linkname) implements WebRoute {
  }

  /** {@code /project/{linkname}/patch|cover/{msgid}/[mbox/|raw/]}. */
  record Submission(boolean patch, String linkname, String msgid, View view) implements WebRoute {
  }

  /**
   * {@code /patch|cover/{id}/[mbox/|raw/]}, the legacy by-id redirects.
   *
   * @param suffix what follows the id in the target ("", "mbox/", "raw/")
   */
  record ById(boolean patch, int id, String suffix) implements WebRoute {
  }

  /** {@code /series/{id}/mbox/}. */
  record SeriesMbox(int id) implements WebRoute {
  }

  /** {@code /bundle/{owner}/{name}/[mbox/]}. */
  record Bundle(String owner, String name, boolean mbox) implements WebRoute {
  }

  /** The route of the decoded path segments; null when the path names no page. */
  static WebRoute match(List<String> s) {
    int n = s.size();
    if (n == 0 || !s.get(n - 1).isEmpty()) {
      return null;
    }
    List<String> p = s.subList(0, n - 1);
    int k = p.size();
    if (k == 0) {
      return new Home();
    }
    String head = p.get(0);
    if (head.equals("project") && k >= 3 && k <= 5) {
      String what = p.get(2);
      if (k == 3 && what.equals("list")) {
        return new ProjectList(p.get(1));
      }
      boolean patch = what.equals("patch");
      if (k >= 4 && (patch || what.equals("cover"))) {
        if (k == 4) {
          return new Submission(patch, p.get(1), p.get(3), View.PAGE);
        }
        String action = p.get(4);
        if (action.equals("mbox")) {
          return new Submission(patch, p.get(1), p.get(3), View.MBOX);
        }
        if (patch && action.equals("raw")) {
          return new Submission(true, p.get(1), p.get(3), View.RAW);
        }
      }
      return null;
    }
    boolean patch = head.equals("patch");
    if ((patch || head.equals("cover")) && k >= 2 && k <= 3 && Ints.isDigits(p.get(1))) {
      int id = Integer.parseInt(p.get(1));
      if (k == 2) {
        return new ById(patch, id, "");
      }
      String action = p.get(2);
      if (action.equals("mbox") || patch && action.equals("raw")) {
        return new ById(patch, id, action + "/");
      }
      return null;
    }
    if (head.equals("series") && k == 3 && Ints.isDigits(p.get(1)) && p.get(2).equals("mbox")) {
      return new SeriesMbox(Integer.parseInt(p.get(1)));
    }
    if (head.equals("bundle") && (k == 3 || k == 4 && p.get(3).equals("mbox"))) {
      return new Bundle(p.get(1), p.get(2), k == 4);
    }
    return null;
  }
}
