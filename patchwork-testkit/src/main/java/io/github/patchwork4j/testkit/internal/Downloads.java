package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import io.github.patchwork4j.testkit.internal.mail.HeaderText;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web side the API links to (§10): patch, cover, series and bundle mbox files, raw diffs,
 * the legacy by-id redirects and plain stand-ins for the HTML pages of {@code web_url}.
 */
final class Downloads {

  private static final Pattern POSTSCRIPT = Pattern.compile("\n-{2,3} ?\n");
  private static final Pattern RESPONSE = Pattern.compile(
      "^(Tested|Reviewed|Acked|Signed-off|Nacked|Reported)-by:.*$", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER = Pattern.compile("(\\d+)/\\d+");
  private static final Pattern FILENAME = Pattern.compile("[^-_A-Za-z0-9.]+");
  private static final DateTimeFormatter CTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter RFC2822 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss '-0000'", Locale.ENGLISH);

  private final Server server;

  Downloads(Server server) {
    this.server = server;
  }

  private Store store() {
    return server.store();
  }

  boolean matches(List<String> s) {
    return route(s) != null;
  }

  /** The page a path names, as {kind, args...}; null when none. */
  private static String[] route(List<String> s) {
    int n = s.size();
    if (n == 0 || !s.get(n - 1).isEmpty()) {
      return null;
    }
    List<String> p = s.subList(0, n - 1);
    int k = p.size();
    if (k == 0) {
      return new String[] {"home"};
    }
    String head = p.get(0);
    if (head.equals("project") && k >= 3 && k <= 5) {
      String what = p.get(2);
      if (k == 3 && what.equals("list")) {
        return new String[] {"list", p.get(1)};
      }
      if (k >= 4 && (what.equals("patch") || what.equals("cover"))) {
        if (k == 4) {
          return new String[] {what, p.get(1), p.get(3)};
        }
        String action = p.get(4);
        if (action.equals("mbox") || what.equals("patch") && action.equals("raw")) {
          return new String[] {what + "-" + action, p.get(1), p.get(3)};
        }
      }
      return null;
    }
    if ((head.equals("patch") || head.equals("cover")) && k >= 2 && k <= 3 && Ints.isDigits(p.get(1))) {
      if (k == 2) {
        return new String[] {head + "-id", p.get(1), ""};
      }
      String action = p.get(2);
      if (action.equals("mbox") || head.equals("patch") && action.equals("raw")) {
        return new String[] {head + "-id", p.get(1), action + "/"};
      }
      return null;
    }
    if (head.equals("series") && k == 3 && Ints.isDigits(p.get(1)) && p.get(2).equals("mbox")) {
      return new String[] {"series-mbox", p.get(1)};
    }
    if (head.equals("bundle") && (k == 3 || k == 4 && p.get(3).equals("mbox"))) {
      return new String[] {k == 3 ? "bundle" : "bundle-mbox", p.get(1), p.get(2)};
    }
    return null;
  }

  Reply handle(Call call) {
    String[] r = route(call.segments());
    if (r == null) {
      throw server.notFoundOrRedirect(call);
    }
    switch (r[0]) {
      case "home":
        return page("Project List", "Projects on this Patchwork");
      case "list":
        ObjectNode project = project(call, r[1]);
        return page(Json.str(project, "name"), "Patches of " + Json.str(project, "name"));
      case "patch":
        return page(Json.str(patch(call, r[1], r[2]), "name"), "");
      case "cover":
        return page(Json.str(cover(call, r[1], r[2]), "name"), "");
      case "patch-mbox":
        return patchMbox(call, patch(call, r[1], r[2]));
      case "patch-raw":
        ObjectNode p = patch(call, r[1], r[2]);
        JsonNode diff = p.get("diff");
        return Reply.text(200, "text/x-patch", diff == null || diff.isNull() ? "None" : diff.asText())
            .header("Content-Disposition", "attachment; filename=" + filename(Json.str(p, "name")) + ".diff");
      case "cover-mbox":
        ObjectNode c = cover(call, r[1], r[2]);
        return Reply.text(200, "text/plain", mbox(c, false))
            .header("Content-Disposition", "attachment; filename=" + filename(Json.str(c, "name")) + ".mbox");
      case "patch-id":
      case "cover-id":
        Table table = r[0].equals("patch-id") ? store().patches : store().covers;
        ObjectNode item = table.get(Integer.parseInt(r[1]));
        if (item == null) {
          throw Pages.halt404(call.rawPath());
        }
        String web = Json.str(item, "web_url");
        return Pages.found(web.substring(web.indexOf('/', "http://".length())) + r[2]);
      case "series-mbox":
        return seriesMbox(call, Integer.parseInt(r[1]));
      case "bundle":
      case "bundle-mbox":
        return bundle(call, r);
      default:
        throw Pages.halt404(call.rawPath());
    }
  }

  private static Reply page(String title, String text) {
    String t = Pages.escape(title == null ? "" : title);
    return Reply.text(200, "text/html; charset=utf-8", "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>" + t
        + " - Patchwork</title></head>\n<body><h1>" + t + "</h1><p>" + Pages.escape(text)
        + "</p></body>\n</html>\n").header("Vary", "Cookie");
  }

  private ObjectNode project(Call call, String linkname) {
    for (ObjectNode p : store().projects.all()) {
      if (linkname.equals(Json.str(p, "link_name"))) {
        return p;
      }
    }
    throw Pages.halt404(call.rawPath());
  }

  private ObjectNode patch(Call call, String linkname, String msgid) {
    return byMsgid(call, store().patches, linkname, msgid);
  }

  private ObjectNode cover(Call call, String linkname, String msgid) {
    return byMsgid(call, store().covers, linkname, msgid);
  }

  private ObjectNode byMsgid(Call call, Table table, String linkname, String msgid) {
    int projectId = Json.id(project(call, linkname));
    String wanted = "<" + msgid + ">";
    for (ObjectNode item : table.all()) {
      if (Json.id(item.get("project")) == projectId && wanted.equals(Json.str(item, "msgid"))) {
        return item;
      }
    }
    throw Pages.halt404(call.rawPath());
  }

  private Reply patchMbox(Call call, ObjectNode patch) {
    String series = call.query().last("series");
    String body;
    if (series == null || series.isEmpty()) {
      body = mbox(patch, true);
    } else {
      int seriesId = Server.seriesOf(patch);
      if (series.equals("*")) {
        if (seriesId < 0) {
          throw Pages.halt404(call.rawPath());
        }
      } else if (!Ints.isInt(series)) {
        throw Pages.halt404(call.rawPath());
      } else if (seriesId < 0) {
        // patch.series is None: AttributeError on the real server
        throw Pages.halt500();
      } else if (Ints.parse(series) != seriesId) {
        throw Pages.halt404(call.rawPath());
      }
      int number = number(patch);
      List<String> parts = new ArrayList<>();
      for (ObjectNode dep : seriesPatches(seriesId)) {
        if (number(dep) < number) {
          parts.add(mbox(dep, true));
        }
      }
      parts.add(mbox(patch, true));
      body = String.join("\n", parts);
    }
    return Reply.text(200, "text/plain; charset=utf-8", body)
        .header("Content-Disposition", "attachment; filename=" + filename(Json.str(patch, "name")) + ".patch");
  }

  private Reply seriesMbox(Call call, int seriesId) {
    ObjectNode series = store().series.get(seriesId);
    if (series == null) {
      throw Pages.halt404(call.rawPath());
    }
    List<String> parts = new ArrayList<>();
    for (ObjectNode p : seriesPatches(seriesId)) {
      parts.add(mbox(p, true));
    }
    String name = Json.str(series, "name");
    return Reply.text(200, "text/plain", String.join("\n", parts)).header("Content-Disposition",
        "attachment; filename=" + filename(name != null ? name : "Untitled series #" + seriesId) + ".patch");
  }

  /** The patches of a series by their number in it. */
  private List<ObjectNode> seriesPatches(int seriesId) {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode p : store().patches.all()) {
      if (Server.seriesOf(p) == seriesId) {
        out.add(p);
      }
    }
    out.sort(Comparator.comparingInt(Downloads::number).thenComparingInt(Json::id));
    return out;
  }

  /** A patch's number in its series, from its {@code n/M} subject prefix. */
  static int number(ObjectNode patch) {
    for (JsonNode prefix : patch.path("prefixes")) {
      Matcher m = NUMBER.matcher(prefix.asText());
      if (m.matches()) {
        return Integer.parseInt(m.group(1));
      }
    }
    Matcher m = Pattern.compile("\\[[^\\]]*?(\\d+)/\\d+[^\\]]*\\]").matcher(Json.str(patch, "name"));
    return m.find() ? Integer.parseInt(m.group(1)) : 1;
  }

  private Reply bundle(Call call, String[] r) {
    ObjectNode bundle = null;
    for (ObjectNode b : store().bundles.all()) {
      if (r[1].equals(Json.str(b.get("owner"), "username")) && r[2].equals(Json.str(b, "name"))) {
        bundle = b;
      }
    }
    if (bundle == null) {
      throw Pages.halt404(call.rawPath());
    }
    // only the mbox view reads API credentials (rest_auth); the page knows session logins only
    int user = -1;
    if (r[0].equals("bundle-mbox")) {
      try {
        user = server.authenticate(call);
      } catch (Halt h) {
        user = -1;
      }
    }
    if (!bundle.path("public").asBoolean() && user != Json.id(bundle.get("owner"))) {
      // the views answer a bare HttpResponseNotFound(), not the 404 page
      throw new Halt(Reply.text(404, "text/html; charset=utf-8", ""));
    }
    if (r[0].equals("bundle")) {
      return page(Json.str(bundle, "name"), "Bundle of " + r[1]);
    }
    List<String> parts = new ArrayList<>();
    for (JsonNode ref : bundle.path("patches")) {
      ObjectNode p = store().patches.get(Json.id(ref));
      if (p != null) {
        parts.add(mbox(p, true));
      }
    }
    return Reply.text(200, "text/plain", String.join("\n", parts)).header("Content-Disposition",
        "attachment; filename=bundle-" + Json.id(bundle) + "-" + Json.str(bundle, "name") + ".mbox");
  }

  /** {@code FilenameMixin.filename}: runs of unsafe characters as one dash, trimmed. */
  static String filename(String name) {
    return FILENAME.matcher(name == null ? "" : name).replaceAll("-").replaceAll("^-+|-+$", "");
  }

  /** {@code _submission_to_mbox} of {@code patchwork/views/utils.py}. */
  String mbox(ObjectNode submission, boolean isPatch) {
    String body = "";
    String content = Json.str(submission, "content");
    if (content != null && !content.isEmpty()) {
      body = content.strip() + "\n";
    }
    String postscript = "";
    Matcher ps = POSTSCRIPT.matcher(body);
    if (ps.find()) {
      postscript = body.substring(ps.end()).stripTrailing();
      body = body.substring(0, ps.start()).strip() + "\n";
    }
    StringBuilder text = new StringBuilder(body);
    String owner = (isPatch ? "patch/" : "cover/") + Json.id(submission);
    for (ObjectNode comment : store().comments(owner)) {
      String c = Json.str(comment, "content");
      if (c != null) {
        Matcher m = RESPONSE.matcher(c);
        while (m.find()) {
          text.append(m.group()).append('\n');
        }
      }
    }
    if (!postscript.isEmpty()) {
      text.append("---\n").append(postscript).append('\n');
    }
    String diff = Json.str(submission, "diff");
    if (isPatch && diff != null && !diff.isEmpty()) {
      text.append('\n').append(diff);
    }
    String payload = text.toString();
    boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(payload);

    LocalDateTime date = Dates.parse(Json.str(submission, "date"));
    StringBuilder out = new StringBuilder();
    out.append("From patchwork ").append(date.format(CTIME)).append('\n');
    out.append("Content-Type: text/plain; charset=\"utf-8\"\n");
    out.append("MIME-Version: 1.0\n");
    out.append("Content-Transfer-Encoding: ").append(ascii ? "7bit" : "8bit").append('\n');
    JsonNode stored = submission.get("submitter");
    JsonNode person = store().people.get(Json.id(stored));
    JsonNode submitter = person != null ? person : stored;
    String submitterAddress = address(Json.str(submitter, "name"), Json.str(submitter, "email"));
    out.append("X-Patchwork-Submitter: ").append(submitterAddress).append('\n');
    out.append("X-Patchwork-Id: ").append(Json.id(submission)).append('\n');
    JsonNode delegate = submission.get("delegate");
    if (isPatch && delegate != null && !delegate.isNull()) {
      ObjectNode user = store().users.get(Json.id(delegate));
      out.append("X-Patchwork-Delegate: ").append(Json.str(user != null ? user : delegate, "email")).append('\n');
    }
    ObjectNode project = store().projects.get(Json.id(submission.get("project")));
    String listEmail = project == null ? null : Json.str(project, "list_email");
    boolean hasDate = false;
    for (Map.Entry<String, JsonNode> h : submission.path("headers").properties()) {
      String key = h.getKey();
      if (key.equalsIgnoreCase("Content-Type") || key.equalsIgnoreCase("Content-Transfer-Encoding")) {
        continue;
      }
      List<String> values = new ArrayList<>();
      if (h.getValue().isArray()) {
        h.getValue().forEach(v -> values.add(v.asText()));
      } else {
        values.add(h.getValue().asText());
      }
      for (String value : values) {
        if (key.equalsIgnoreCase("From") && listEmail != null && listEmail.equalsIgnoreCase(addressOf(value))) {
          out.append("X-Patchwork-Original-From: ").append(value).append('\n');
          value = submitterAddress;
        }
        hasDate |= key.equalsIgnoreCase("Date");
        out.append(key).append(": ").append(value).append('\n');
      }
    }
    if (!hasDate) {
      out.append("Date: ").append(date.atOffset(ZoneOffset.UTC).format(RFC2822)).append('\n');
    }
    out.append('\n').append(payload);
    if (!payload.endsWith("\n")) {
      out.append('\n');
    }
    return out.toString();
  }

  private static String addressOf(String from) {
    int lt = from.lastIndexOf('<');
    int gt = from.lastIndexOf('>');
    return lt >= 0 && gt > lt ? from.substring(lt + 1, gt).strip() : from.strip();
  }

  /** {@code email.utils.formataddr}: quoted when needed, RFC 2047 for non-ASCII names. */
  static String address(String name, String email) {
    if (name == null || name.isEmpty()) {
      return email;
    }
    if (!StandardCharsets.US_ASCII.newEncoder().canEncode(name)) {
      return HeaderText.encodedWord(name, "utf-8") + " <" + email + ">";
    }
    if (name.matches(".*[\\]\\[\\\\()<>@,:;\".].*")) {
      return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\" <" + email + ">";
    }
    return name + " <" + email + ">";
  }
}
