package io.github.patchwork4j.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * DRF's authenticators in order (Basic, then Token). A request without credentials, or with a
 * scheme neither knows, is anonymous; a bad credential is a 403 {@code {"detail": ...}}.
 */
final class Auth {

  private Auth() {
  }

  static Result<Principal> authenticate(Call call, Store store, Credentials credentials) {
    String header = call.header("Authorization");
    if (header == null) {
      return Result.ok(Principal.ANONYMOUS);
    }
    String[] auth = header.strip().split("\\s+");
    if (auth.length == 0 || auth[0].isEmpty()) {
      return Result.ok(Principal.ANONYMOUS);
    }
    String scheme = auth[0].toLowerCase(Locale.ROOT);
    if (scheme.equals("basic")) {
      return basic(auth, store, credentials);
    }
    if (scheme.equals("token")) {
      return token(auth, store, credentials);
    }
    return Result.ok(Principal.ANONYMOUS);
  }

  private static Result<Principal> basic(String[] auth, Store store, Credentials credentials) {
    if (auth.length == 1) {
      return refused("Invalid basic header. No credentials provided.");
    }
    if (auth.length > 2) {
      return refused("Invalid basic header. Credentials string should not contain spaces.");
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(auth[1]), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return refused("Invalid basic header. Credentials not correctly base64 encoded.");
    }
    // str.partition(':'): without a colon the whole text is the user name, the password empty
    int colon = decoded.indexOf(':');
    String name = colon < 0 ? decoded : decoded.substring(0, colon);
    String password = colon < 0 ? "" : decoded.substring(colon + 1);
    UserRow u = store.userByName(name);
    if (u == null || !credentials.password(u.username()).equals(password)) {
      return refused("Invalid username/password.");
    }
    return Result.ok(store.principal(u.id()));
  }

  private static Result<Principal> token(String[] auth, Store store, Credentials credentials) {
    if (auth.length == 1) {
      return refused("Invalid token header. No credentials provided.");
    }
    if (auth.length > 2) {
      return refused("Invalid token header. Token string should not contain spaces.");
    }
    for (UserRow u : store.users.all()) {
      if (credentials.token(u.username()).equals(auth[1])) {
        return Result.ok(store.principal(u.id()));
      }
    }
    return refused("Invalid token.");
  }

  private static Result<Principal> refused(String detail) {
    return Result.fail(Reply.detail(403, detail));
  }
}
