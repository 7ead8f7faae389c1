package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/** Embedded forms as stored: the API 1.3 shapes with canonical URLs (§5.1). */
final class Canon {

  static final String API = Dataset.CANONICAL_HOST + "/api/1.3/";

  private Canon() {
  }

  static ObjectNode patchRef(PatchRef p) {
    ObjectNode out = Json.object();
    out.put("id", p.id());
    out.put("url", p.url());
    out.put("web_url", p.webUrl());
    out.put("msgid", p.msgid());
    out.put("list_archive_url", p.listArchiveUrl());
    out.put("date", p.date());
    out.put("name", p.name());
    out.put("mbox", p.mbox());
    return out;
  }

  static ObjectNode patchRef(PatchRow p) {
    return patchRef(p.ref());
  }

  static ObjectNode coverRef(CoverRow c) {
    return patchRef(c.ref());
  }

  static ObjectNode seriesRef(SeriesRow series) {
    SeriesRef s = series.ref();
    ObjectNode out = Json.object();
    out.put("id", s.id());
    out.put("url", s.url());
    out.put("web_url", s.webUrl());
    out.put("date", s.date());
    out.put("name", s.name());
    out.put("version", s.version());
    out.put("mbox", s.mbox());
    return out;
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
