package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Embedded forms as stored: the API 1.3 shapes with canonical URLs (§5.1). */
final class Canon {

  static final String API = Dataset.CANONICAL_HOST + "/api/1.3/";

  private Canon() {
  }

  /** The fields of an embedded form ({@code Render.*_EMBEDDED}), absent ones null. */
  private static ObjectNode pick(JsonNode from, Map<String, ?> embedded) {
    return pick(from, embedded.keySet().toArray(new String[0]));
  }

  private static ObjectNode pick(JsonNode from, String... keys) {
    ObjectNode out = Json.object();
    for (String k : keys) {
      JsonNode v = from.get(k);
      out.set(k, v == null ? NullNode.instance : v.deepCopy());
    }
    return out;
  }

  static ObjectNode patchRef(ObjectNode patch) {
    return pick(patch, Render.PATCH_EMBEDDED);
  }

  static ObjectNode coverRef(ObjectNode cover) {
    return pick(cover, Render.COVER_EMBEDDED);
  }

  static ObjectNode seriesRef(ObjectNode series) {
    return pick(series, Render.SERIES_EMBEDDED);
  }

  static ObjectNode commentRef(ObjectNode comment) {
    return pick(comment, Render.COMMENT_EMBEDDED);
  }

  static ObjectNode checkRef(ObjectNode check) {
    return pick(check, Render.CHECK_EMBEDDED);
  }

  static JsonNode userRef(ObjectNode user) {
    return user == null ? NullNode.instance
        : pick(user, "id", "url", "username", "first_name", "last_name", "email");
  }

  static ObjectNode personRef(ObjectNode person) {
    return pick(person, Render.PERSON_EMBEDDED);
  }

  /**
   * The web path of a bundle ({@code /bundle/{owner}/{name}/}) as Django's {@code reverse()}
   * writes it: percent-encoded UTF-8 except letters, digits, {@code _.-~} and RFC 3986's
   * {@code pchar} delimiters {@code !$&'()*+,;=:@/}.
   */
  static String bundlePath(String username, String name) {
    return quote("/bundle/" + username + "/" + name + "/");
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "_.-~!$&'()*+,;=:@/".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return out.toString();
  }

  static ObjectNode projectRef(ObjectNode project) {
    return pick(project, "id", "url", "name", "link_name", "list_id", "list_email", "web_url", "scm_url",
        "webscm_url", "list_archive_url", "list_archive_url_format", "commit_url_format");
  }
}
