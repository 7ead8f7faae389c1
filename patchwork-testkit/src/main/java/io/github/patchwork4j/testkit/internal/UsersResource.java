package io.github.patchwork4j.testkit.internal;

import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * {@code /users/}: list and detail for authenticated callers; a user updates its own names and,
 * from API 1.2, its settings.
 */
final class UsersResource implements Resource {

  private final Server server;

  UsersResource(Server server) {
    this.server = server;
  }

  @Override
  public Optional<Reply> gate(Req req) {
    return req.anonymous() ? Optional.of(req.denied()) : Optional.empty();
  }

  @Override
  public Reply read(Req req) {
    Store st = server.store();
    if (req.route.kind() == Route.Kind.USERS) {
      return server.list(req, new Listing<>(st.users.all(), req.call.query(), UserRow::id)
          .search(List.of(UserRow::username, UserRow::firstName, UserRow::lastName, UserRow::email))
          .order(Listing.<UserRow>orders().by("id", Listing.number(UserRow::id))
              .by("username", Listing.text(UserRow::username)).by("email", Listing.text(UserRow::email)), "id"),
          u -> req.render.userRef(u));
    }
    return req.found(st.users.get(req.route.id())).reply(u -> req.json(200, req.render.user(u)));
  }

  @Override
  public Reply write(Req req) {
    int id = req.route.id();
    return req.found(server.store().users.get(id)).reply(user -> {
      if (!req.user.is(id)) {
        return req.error(403, "You do not have permission to perform this action.");
      }
      return Body.parse(req).reply(data -> update(req, user, data));
    });
  }

  private Reply update(Req req, UserRow user, ObjectNode data) {
    Store st = server.store();
    int id = user.id();
    Fields f = new Fields(data, req.method().equals("PATCH"));
    String first = name(f, "first_name", user.firstName());
    String last = name(f, "last_name", user.lastName());
    UserSettings settings = null;
    if (!f.skip("settings")) {
      JsonNode s = f.get("settings");
      if (s.isNull()) {
        f.error("settings", Fields.NOT_NULL);
      } else if (!s.isObject()) {
        ObjectNode body = Json.object();
        body.putObject("settings").putArray("detail").add("Invalid data. Expected a dictionary, but got "
            + Fields.pythonType(s) + ".");
        return req.json(400, body);
      } else {
        Result<UserSettings> parsed = settings(req, (ObjectNode) s);
        if (parsed instanceof Result.Fail<UserSettings> fail) {
          return fail.reply();
        }
        settings = ((Result.Ok<UserSettings>) parsed).value();
      }
    }
    Optional<Reply> invalid = f.invalid(req);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    st.users.put(user.withNames(first, last));
    if (settings != null && req.minor >= 2) {
      st.setSettings(id, st.settings(id).with(settings));
    }
    return req.json(200, req.render.user(st.users.get(id)));
  }

  /** A name field of the body when given and valid, else the current value. */
  private static String name(Fields f, String key, String current) {
    if (!f.has(key)) {
      return current;
    }
    String v = f.text(key, 150, false, true);
    return f.ok(key) ? v : current;
  }

  /**
   * The nested {@code settings} of a user update. Every field has a model default, so none is
   * required, even in a PUT; errors are answered under {@code settings}.
   */
  private static Result<UserSettings> settings(Req req, ObjectNode s) {
    Fields sf = new Fields(s, true);
    Boolean sendEmail = sf.skip("send_email") ? null : sf.bool("send_email", false);
    Boolean showIds = sf.skip("show_ids") ? null : sf.bool("show_ids", false);
    Integer itemsPerPage = null;
    if (!sf.skip("items_per_page")) {
      JsonNode n = sf.get("items_per_page");
      if (n.isIntegralNumber() && n.asLong() >= 0 && n.asLong() <= Integer.MAX_VALUE
          || n.isTextual() && Ints.isDigits(n.asText().strip())) {
        itemsPerPage = n.isIntegralNumber() ? n.asInt() : Ints.parse(n.asText());
      } else if (n.isIntegralNumber() || n.isTextual() && Ints.isInt(n.asText())) {
        sf.error("items_per_page", "Ensure this value is greater than or equal to 0.");
      } else {
        sf.error("items_per_page", "A valid integer is required.");
      }
    }
    Optional<ObjectNode> errors = sf.errors();
    if (errors.isPresent()) {
      ObjectNode body = Json.object();
      body.set("settings", errors.get());
      return Result.fail(req.json(400, body));
    }
    return Result.ok(new UserSettings(sendEmail, itemsPerPage, showIds));
  }
}
