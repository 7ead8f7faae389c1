package io.github.patchwork4j.client.internal;

import java.util.List;

/** Replaces the configured secrets by {@code ***} in any text the client logs or quotes. */
public final class Redactor {

  private final List<String> secrets;

  /** A redactor for the secrets of these credentials. */
  public Redactor(Credentials credentials) {
    this.secrets = credentials.secrets().stream().filter(s -> s.length() >= 3).toList();
  }

  /** {@code text} with every secret replaced; {@code null} stays {@code null}. */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, "***");
    }
    return out;
  }
}
