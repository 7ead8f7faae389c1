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

  static ObjectNode commentRef(CommentRow c) {
    ObjectNode out = Json.object();
    out.put("id", c.id());
    out.put("url", c.url());
    out.put("web_url", c.webUrl());
    out.put("msgid", c.msgid());
    out.put("list_archive_url", c.listArchiveUrl());
    out.put("date", c.date());
    return out;
  }

  static JsonNode userRef(UserRow user) {
    if (user == null) {
      return NullNode.instance;
    }
    ObjectNode out = Json.object();
    out.put("id", user.id());
    out.put("url", user.url());
    out.put("username", user.username());
    out.put("first_name", user.firstName());
    out.put("last_name", user.lastName());
    out.put("email", user.email());
    return out;
  }

  static ObjectNode personRef(PersonRow person) {
    ObjectNode out = Json.object();
    out.put("id", person.id());
    out.put("url", person.url());
    out.put("name", person.name());
    out.put("email", person.email());
    return out;
  }

  static ObjectNode checkRef(CheckRow check) {
    ObjectNode out = Json.object();
    out.put("id", check.id());
    out.put("url", check.url());
    out.put("date", check.date());
    out.put("state", check.state());
    out.put("target_url", check.targetUrl());
    out.put("context", check.context());
    return out;
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

  static ObjectNode projectRef(ProjectRow p) {
    ObjectNode out = Json.object();
    out.put("id", p.id());
    out.put("url", p.url());
    out.put("name", p.name());
    out.put("link_name", p.linkName());
    out.put("list_id", p.listId());
    out.put("list_email", p.listEmail());
    out.put("web_url", p.webUrl());
    out.put("scm_url", p.scmUrl());
    out.put("webscm_url", p.webscmUrl());
    out.put("list_archive_url", p.listArchiveUrl());
    out.put("list_archive_url_format", p.listArchiveUrlFormat());
    out.put("commit_url_format", p.commitUrlFormat());
    return out;
  }
}
