package io.github.patchwork4j.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Tokens and passwords of one server: derived from the username and a random salt drawn when the
 * server starts, so each user has one stable token per server (40 hex digits, like the server's)
 * and a token of one server is unknown to every other.
 */
public final class Credentials {

  private final byte[] salt = new byte[16];

  public Credentials() {
    new SecureRandom().nextBytes(salt);
  }

  public String token(String username) {
    return digest("token", username).substring(0, 40);
  }

  public String password(String username) {
    return digest("password", username).substring(0, 24);
  }

  private String digest(String purpose, String username) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(salt);
      md.update(purpose.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(username.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
