package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code /patches/{id}/checks/}: list, detail and a check posted by someone who may edit the patch. */
final class ChecksResource implements Resource {

  static final String[] CHECK_STATES = {"pending", "success", "warning", "fail"};

  private static final Pattern SLUG = Pattern.compile("[-a-zA-Z0-9_]+");
  private static final Pattern HOST = Pattern.compile(
      "(?i)(localhost|(\\d{1,3}\\.){3}\\d{1,3}|\\[[0-9a-f:.]+\\]|([a-z0-9\\u00a1-\\uffff]([a-z0-9\\u00a1-\\uffff-]{0,61}"
      + "[a-z0-9\\u00a1-\\uffff])?\\.)+[a-z\\u00a1-\\uffff][a-z0-9\\u00a1-\\uffff-]{1,62}\\.?)");

  private final Server server;
  private final Events events;

  ChecksResource(Server server, Events events) {
    this.server = server;
    this.events = events;
  }

  @Override
  public Reply read(Req req) {
    Store st = server.store();
    int patchId = req.route.id();
    return req.found(st.patches.get(patchId)).reply(patch -> {
      if (req.route.kind() == Route.Kind.CHECKS) {
        return server.list(req, listing(req, st, patchId), req.render::check);
      }
      return req.found(checkOf(st, patchId, req.route.childId())).reply(c -> req.json(200, req.render.check(c)));
    });
  }

  private static CheckRow checkOf(Store st, int patchId, int checkId) {
    for (CheckRow c : st.checks(patchId)) {
      if (c.id() == checkId) {
        return c;
      }
    }
    return null;
  }

  private static Listing<CheckRow> listing(Req req, Store st, int patchId) {
    return new Listing<>(st.checks(patchId), req.call.query(), CheckRow::id)
        .multi("user", st::userId, CheckRow::userId)
        .single("state", v -> {
          String label = checkLabel(v);
          return label == null ? null : c -> label.equals(c.state());
        })
        .single("context", v -> c -> v.equals(c.context()))
        .dates(CheckRow::date)
        .order(Listing.<CheckRow>orders().by("id", Listing.number(CheckRow::id))
            .by("user", Listing.number(CheckRow::userId)).by("date", Listing.date(CheckRow::date))
            .by("state", Listing.number(c -> checkCode(c.state())))
            .by("target_url", Listing.text(CheckRow::targetUrl)).by("context", Listing.text(CheckRow::context))
            .by("description", Listing.text(CheckRow::description)), "id");
  }

  /** The check-state label of a choice value "0".."3", or null. */
  static String checkLabel(String v) {
    for (int i = 0; i < CHECK_STATES.length; i++) {
      if (v.equals(Integer.toString(i))) {
        return CHECK_STATES[i];
      }
    }
    return null;
  }

  static int checkCode(String label) {
    for (int i = 0; i < CHECK_STATES.length; i++) {
      if (CHECK_STATES[i].equals(label)) {
        return i;
      }
    }
    return -1;
  }

  // ---- creation

  /** A valid new check, as read from the body. */
  private record NewCheck(int user, String state, String targetUrl, String context, String description) {
  }

  @Override
  public Reply write(Req req) {
    Store st = server.store();
    int patchId = req.route.id();
    return req.found(st.patches.get(patchId)).reply(patch -> {
      if (!st.patchEditable(patch, req.user)) {
        return req.error(403, "You do not have permission to perform this action.");
      }
      return Body.parse(req).then(data -> check(req, data)).reply(c -> create(req, patch, c));
    });
  }

  private Result<NewCheck> check(Req req, ObjectNode data) {
    Store st = server.store();
    Fields f = new Fields(data, true);
    JsonNode stateValue = f.get("state");
    if (stateValue == null || stateValue.isTextual() && stateValue.asText().isEmpty()) {
      ObjectNode body = Json.object();
      body.putArray("state").add("A check must have a state.");
      return Result.fail(req.json(400, body));
    }
    int user = ((Principal.Member) req.user).id();
    if (f.has("user")) {
      Integer u = f.pk("user", f.get("user"), st.users);
      if (u != null) {
        user = u;
      }
    }
    String state = null;
    if (stateValue.isNull()) {
      f.error("state", Fields.NOT_NULL);
    } else {
      String raw = stateValue.isTextual() ? stateValue.asText() : stateValue.toString();
      if (checkCode(raw) >= 0) {
        state = raw;
      } else if (checkLabel(raw) != null && !stateValue.isBoolean()) {
        state = checkLabel(raw);
      } else {
        f.error("state", "\"" + (stateValue.isBoolean() ? (stateValue.asBoolean() ? "True" : "False") : raw)
            + "\" is not a valid choice.");
      }
    }
    String targetUrl = null;
    if (f.has("target_url")) {
      targetUrl = f.text("target_url", 200, true, true);
      if (targetUrl != null && !targetUrl.isEmpty() && !validUrl(targetUrl)) {
        f.error("target_url", "Enter a valid URL.");
      }
    }
    String context = "default";
    if (f.has("context")) {
      context = f.text("context", 255, false, false);
      if (context != null && !SLUG.matcher(context).matches()) {
        f.error("context", "Enter a valid \"slug\" consisting of letters, numbers, underscores or hyphens.");
      }
    }
    String description = null;
    if (f.has("description") && !f.get("description").isNull()) {
      description = f.text("description", Integer.MAX_VALUE, true, true);
    }
    Optional<Reply> invalid = f.invalid(req);
    if (invalid.isPresent()) {
      return Result.fail(invalid.get());
    }
    return Result.ok(new NewCheck(user, state, targetUrl, context, description));
  }

  private Reply create(Req req, PatchRow patch, NewCheck n) {
    Store st = server.store();
    int patchId = patch.id();
    int checkId = st.nextCheckId();
    CheckRow check = new CheckRow(checkId, Canon.API + "patches/" + patchId + "/checks/" + checkId + "/",
        st.users.get(n.user()), events.now(), n.state(), n.targetUrl(), n.context(), n.description());
    st.addCheck(patchId, check);
    events.emit("check-created", patch.projectId(), st.principal(n.user()),
        events.patchPayload(patchId).withCheck(CheckRef.of(check)));
    ObjectNode rendered = req.render.check(check);
    return req.json(201, rendered).header("Location", rendered.get("url").asText());
  }

  /** Django's {@code URLValidator}: http(s)/ftp(s), a host, no whitespace. */
  static boolean validUrl(String s) {
    if (s.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    try {
      URI u = new URI(s);
      String scheme = u.getScheme();
      if (scheme == null || !List.of("http", "https", "ftp", "ftps").contains(scheme.toLowerCase(Locale.ROOT))) {
        return false;
      }
      String authority = u.getRawAuthority();
      if (authority == null) {
        return false;
      }
      String host = authority.replaceFirst("^[^@]*@", "").replaceFirst(":\\d{1,5}$", "");
      return HOST.matcher(host).matches();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
