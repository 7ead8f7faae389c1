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
    return WebRoute.match(s) != null;
  }

  Reply handle(Call call) {
    WebRoute route = WebRoute.match(call.segments());
    Reply notFound = Pages.notFound(call.rawPath());
    if (route == null) {
      return server.notFoundOrRedirect(call);
    }
    if (route instanceof WebRoute.Home) {
      return page("Project List", "Projects on this Patchwork");
    }
    if (route instanceof WebRoute.ProjectList list) {
      return Result.orFail(project(list.linkname()), notFound)
          .reply(p -> page(p.name(), "Patches of " + p.name()));
    }
    if (route instanceof WebRoute.Submission sub) {
      return Result.orFail(byMsgid(sub.patch() ? store().patches : store().covers, sub.linkname(), sub.msgid()),
          notFound).reply(item -> submission(call, sub, item));
    }
    if (route instanceof WebRoute.ById byId) {
      Table table = byId.patch() ? store().patches : store().covers;
      return Result.orFail(table.get(byId.id()), notFound).reply(item -> {
        String web = Json.str(item, "web_url");
        return Pages.found(web.substring(web.indexOf('/', "http://".length())) + byId.suffix());
      });
    }
    if (route instanceof WebRoute.SeriesMbox series) {
      return seriesMbox(call, series.id());
    }
    return bundle(call, (WebRoute.Bundle) route);
  }

  private Reply submission(Call call, WebRoute.Submission sub, ObjectNode item) {
    switch (sub.view()) {
      case PAGE:
        return page(Json.str(item, "name"), "");
      case RAW:
        JsonNode diff = item.get("diff");
        return Reply.text(200, "text/x-patch", diff == null || diff.isNull() ? "None" : diff.asText())
            .header("Content-Disposition", "attachment; filename=" + filename(Json.str(item, "name")) + ".diff");
      default:
        if (sub.patch()) {
          return patchMbox(call, item);
        }
        return Reply.text(200, "text/plain", mbox(item, false))
            .header("Content-Disposition", "attachment; filename=" + filename(Json.str(item, "name")) + ".mbox");
    }
  }

  private static Reply page(String title, String text) {
    String t = Pages.escape(title == null ? "" : title);
    return Reply.text(200, "text/html; charset=utf-8", "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>" + t
        + " - Patchwork</title></head>\n<body><h1>" + t + "</h1><p>" + Pages.escape(text)
        + "</p></body>\n</html>\n").header("Vary", "Cookie");
  }

  private ProjectRow project(String linkname) {
    for (ProjectRow p : store().projects.all()) {
      if (linkname.equals(p.linkName())) {
        return p;
      }
    }
    return null;
  }

  private ObjectNode byMsgid(Table table, String linkname, String msgid) {
    ProjectRow project = project(linkname);
    if (project == null) {
      return null;
    }
    int projectId = project.id();
    String wanted = "<" + msgid + ">";
    for (ObjectNode item : table.all()) {
      if (Json.id(item.get("project")) == projectId && wanted.equals(Json.str(item, "msgid"))) {
        return item;
      }
    }
    return null;
  }

  private Reply patchMbox(Call call, ObjectNode patch) {
    String series = call.query().last("series");
    String body;
    if (series == null || series.isEmpty()) {
      body = mbox(patch, true);
    } else {
      int seriesId = Store.seriesOf(patch);
      if (series.equals("*") ? seriesId < 0 : !Ints.isInt(series)) {
        return Pages.notFound(call.rawPath());
      }
      if (seriesId < 0) {
        // patch.series is None: AttributeError on the real server
        return Pages.serverError();
      }
      if (!series.equals("*") && Ints.parse(series) != seriesId) {
        return Pages.notFound(call.rawPath());
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
      return Pages.notFound(call.rawPath());
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
      if (Store.seriesOf(p) == seriesId) {
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

  private Reply bundle(Call call, WebRoute.Bundle route) {
    BundleRow bundle = null;
    for (BundleRow b : store().bundles.all()) {
      if (b.owner() != null && route.owner().equals(b.owner().username()) && route.name().equals(b.name())) {
        bundle = b;
      }
    }
    if (bundle == null) {
      return Pages.notFound(call.rawPath());
    }
    // only the mbox view reads API credentials (rest_auth); the page knows session logins only
    Principal user = Principal.ANONYMOUS;
    if (route.mbox()
        && Auth.authenticate(call, store(), server.credentials()) instanceof Result.Ok<Principal> ok) {
      user = ok.value();
    }
    if (!bundle.isPublic() && !user.is(bundle.ownerId())) {
      // the views answer a bare HttpResponseNotFound(), not the 404 page
      return Reply.text(404, "text/html; charset=utf-8", "");
    }
    if (!route.mbox()) {
      return page(bundle.name(), "Bundle of " + route.owner());
    }
    List<String> parts = new ArrayList<>();
    for (int id : bundle.patches()) {
      ObjectNode p = store().patches.get(id);
      if (p != null) {
        parts.add(mbox(p, true));
      }
    }
    return Reply.text(200, "text/plain", String.join("\n", parts)).header("Content-Disposition",
        "attachment; filename=bundle-" + bundle.id() + "-" + bundle.name() + ".mbox");
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
    for (CommentRow comment : store().comments(owner)) {
      String c = comment.content();
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
    PersonRow person = store().people.get(Json.id(stored));
    String submitterAddress = person != null ? address(person.name(), person.email())
        : address(Json.str(stored, "name"), Json.str(stored, "email"));
    out.append("X-Patchwork-Submitter: ").append(submitterAddress).append('\n');
    out.append("X-Patchwork-Id: ").append(Json.id(submission)).append('\n');
    JsonNode delegate = submission.get("delegate");
    if (isPatch && delegate != null && !delegate.isNull()) {
      UserRow user = store().users.get(Json.id(delegate));
      out.append("X-Patchwork-Delegate: ").append(user != null ? user.email() : Json.str(delegate, "email"))
          .append('\n');
    }
    ProjectRow project = store().projects.get(Json.id(submission.get("project")));
    String listEmail = project == null ? null : project.listEmail();
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
