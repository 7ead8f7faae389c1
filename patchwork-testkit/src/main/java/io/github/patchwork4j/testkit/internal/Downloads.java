package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
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
 * The web side the API links to: patch, cover, series and bundle mbox files, raw diffs,
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
      Mail mail = null;
      ProjectRow project = project(sub.linkname());
      String wanted = "<" + sub.msgid() + ">";
      if (project != null && sub.patch()) {
        mail = store().patches.all().stream()
            .filter(p -> p.projectId() == project.id() && wanted.equals(p.msgid())).findFirst().map(Mail::of)
            .orElse(null);
      } else if (project != null) {
        mail = store().covers.all().stream()
            .filter(c -> c.projectId() == project.id() && wanted.equals(c.msgid())).findFirst().map(Mail::of)
            .orElse(null);
      }
      return Result.orFail(mail, notFound).reply(m -> submission(call, sub, m));
    }
    if (route instanceof WebRoute.ById byId) {
      Row item = byId.patch() ? store().patches.get(byId.id()) : store().covers.get(byId.id());
      return Result.orFail(item, notFound).reply(found -> {
        String web = found instanceof PatchRow p ? p.webUrl() : ((CoverRow) found).webUrl();
        return Pages.found(web.substring(web.indexOf('/', "http://".length())) + byId.suffix());
      });
    }
    if (route instanceof WebRoute.SeriesMbox series) {
      return seriesMbox(call, series.id());
    }
    return bundle(call, (WebRoute.Bundle) route);
  }

  private Reply submission(Call call, WebRoute.Submission sub, Mail item) {
    switch (sub.view()) {
      case PAGE:
        return page(item.name(), "");
      case RAW:
        return Reply.text(200, "text/x-patch", item.diff() == null ? "None" : item.diff())
            .header("Content-Disposition", "attachment; filename=" + filename(item.name()) + ".diff");
      default:
        if (sub.patch()) {
          return patchMbox(call, store().patches.get(item.id()));
        }
        return Reply.text(200, "text/plain", mbox(item))
            .header("Content-Disposition", "attachment; filename=" + filename(item.name()) + ".mbox");
    }
  }

  /** What an mbox file is made of: a patch or a cover letter. */
  private record Mail(int id, boolean patch, String name, String content, String diff, String date,
      PersonRef submitter, UserRow delegate, int projectId, JsonNode headers) {

    static Mail of(PatchRow p) {
      return new Mail(p.id(), true, p.name(), p.content(), p.diff(), p.date(), p.submitter(), p.delegate(),
          p.projectId(), p.headers());
    }

    static Mail of(CoverRow c) {
      return new Mail(c.id(), false, c.name(), c.content(), null, c.date(), c.submitter(), null, c.projectId(),
          c.headers());
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

  private Reply patchMbox(Call call, PatchRow patch) {
    String series = call.query().last("series");
    String body;
    if (series == null || series.isEmpty()) {
      body = mbox(Mail.of(patch));
    } else {
      int seriesId = patch.seriesId();
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
      for (PatchRow dep : seriesPatches(seriesId)) {
        if (number(dep) < number) {
          parts.add(mbox(Mail.of(dep)));
        }
      }
      parts.add(mbox(Mail.of(patch)));
      body = String.join("\n", parts);
    }
    return Reply.text(200, "text/plain; charset=utf-8", body)
        .header("Content-Disposition", "attachment; filename=" + filename(patch.name()) + ".patch");
  }

  private Reply seriesMbox(Call call, int seriesId) {
    SeriesRow series = store().series.get(seriesId);
    if (series == null) {
      return Pages.notFound(call.rawPath());
    }
    List<String> parts = new ArrayList<>();
    for (PatchRow p : seriesPatches(seriesId)) {
      parts.add(mbox(Mail.of(p)));
    }
    String name = series.name();
    return Reply.text(200, "text/plain", String.join("\n", parts)).header("Content-Disposition",
        "attachment; filename=" + filename(name != null ? name : "Untitled series #" + seriesId) + ".patch");
  }

  /** The patches of a series by their number in it. */
  private List<PatchRow> seriesPatches(int seriesId) {
    List<PatchRow> out = new ArrayList<>();
    for (PatchRow p : store().patches.all()) {
      if (p.seriesId() == seriesId) {
        out.add(p);
      }
    }
    out.sort(Comparator.comparingInt(Downloads::number).thenComparingInt(PatchRow::id));
    return out;
  }

  /** A patch's number in its series, from its {@code n/M} subject prefix. */
  static int number(PatchRow patch) {
    for (String prefix : patch.prefixes()) {
      Matcher m = NUMBER.matcher(prefix);
      if (m.matches()) {
        return Integer.parseInt(m.group(1));
      }
    }
    Matcher m = Pattern.compile("\\[[^\\]]*?(\\d+)/\\d+[^\\]]*\\]").matcher(patch.name());
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
      PatchRow p = store().patches.get(id);
      if (p != null) {
        parts.add(mbox(Mail.of(p)));
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
  private String mbox(Mail submission) {
    boolean isPatch = submission.patch();
    String body = "";
    String content = submission.content();
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
    String owner = (isPatch ? "patch/" : "cover/") + submission.id();
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
    String diff = submission.diff();
    if (isPatch && diff != null && !diff.isEmpty()) {
      text.append('\n').append(diff);
    }
    String payload = text.toString();
    boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(payload);

    LocalDateTime date = Dates.parse(submission.date());
    StringBuilder out = new StringBuilder();
    out.append("From patchwork ").append(date.format(CTIME)).append('\n');
    out.append("Content-Type: text/plain; charset=\"utf-8\"\n");
    out.append("MIME-Version: 1.0\n");
    out.append("Content-Transfer-Encoding: ").append(ascii ? "7bit" : "8bit").append('\n');
    PersonRow now = store().people.get(submission.submitter().id());
    PersonRef submitter = now != null ? PersonRef.of(now) : submission.submitter();
    String submitterAddress = address(submitter.name(), submitter.email());
    out.append("X-Patchwork-Submitter: ").append(submitterAddress).append('\n');
    out.append("X-Patchwork-Id: ").append(submission.id()).append('\n');
    UserRow delegate = submission.delegate();
    if (isPatch && delegate != null) {
      UserRow user = store().users.get(delegate.id());
      out.append("X-Patchwork-Delegate: ").append(user != null ? user.email() : delegate.email()).append('\n');
    }
    ProjectRow project = store().projects.get(submission.projectId());
    String listEmail = project == null ? null : project.listEmail();
    boolean hasDate = false;
    for (Map.Entry<String, JsonNode> h : submission.headers().properties()) {
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
