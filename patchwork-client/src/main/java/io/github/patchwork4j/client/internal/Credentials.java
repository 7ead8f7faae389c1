package io.github.patchwork4j.client.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the client authenticates with: a Patchwork API token ({@code Authorization: Token …}),
 * a user name and password ({@code Authorization: Basic …}), or nothing. {@link #toString()}
 * never shows the secret.
 */
public final class Credentials {

  private static final Credentials ANONYMOUS = new Credentials(null, null, List.of());

  private final String header;
  private final String description;
  private final List<String> secrets;

  private String username;

  private Credentials(String header, String description, List<String> secrets) {
    this.header = header;
    this.description = description;
    this.secrets = secrets;
  }

  /** No credentials: only the anonymous reads work. */
  public static Credentials anonymous() {
    return ANONYMOUS;
  }

  /** A Patchwork API token, sent as {@code Authorization: Token <key>}. */
  public static Credentials token(String token) {
    Objects.requireNonNull(token, "token");
    String t = token.trim();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("token is empty; leave token() out for anonymous access");
    }
    if (!printable(t)) {
      throw new IllegalArgumentException(
          "token contains a space, line break or other control character (not shown); copy it"
              + " again from the Patchwork profile page, as one line");
    }
    return new Credentials("Token " + t, "token=***", List.of(t));
  }

  /** A user name and password, sent as HTTP Basic authentication. */
  public static Credentials basic(String username, String password) {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    if (username.contains(":")) {
      throw new IllegalArgumentException("user name must not contain ':' (HTTP Basic cannot carry it)");
    }
    if (username.chars().anyMatch(Character::isISOControl) || password.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "user name or password contains a line break or other control character (not shown);"
              + " check how they are read (e.g. a trailing newline from a file)");
    }
    String encoded =
        Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    Credentials c = new Credentials(
        "Basic " + encoded, "basicAuth=" + username + ":***",
        password.isEmpty() ? List.of(encoded) : List.of(password, encoded));
    c.username = username;
    return c;
  }

  /** The user name of HTTP Basic credentials; empty for a token or anonymous. */
  public java.util.Optional<String> username() {
    return java.util.Optional.ofNullable(username);
  }

  /** True for visible characters only: an API token is one word. */
  private static boolean printable(String s) {
    return s.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
  }

  /** The {@code Authorization} header value, empty when anonymous. */
  public Optional<String> authorizationHeader() {
    return Optional.ofNullable(header);
  }

  /** True when a credential is configured. */
  public boolean present() {
    return header != null;
  }

  /** The secret strings, for {@link Redactor}. */
  List<String> secrets() {
    return secrets;
  }

  @Override
  public String toString() {
    return header == null ? "anonymous" : description;
  }
}
