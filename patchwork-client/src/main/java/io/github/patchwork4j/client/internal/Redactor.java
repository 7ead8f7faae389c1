package io.github.patchwork4j.client.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Replaces the configured secrets by {@code ***} in any text the client logs or quotes: the
 * token or password as configured, percent-encoded (as in a URL the server echoes back) and
 * JSON-escaped (as in a body that quotes it).
 */
public final class Redactor {

  private final List<String> secrets;

  /** A redactor for the secrets of these credentials. */
  public Redactor(Credentials credentials) {
    Set<String> all = new LinkedHashSet<>();
    for (String s : credentials.secrets()) {
      if (s.length() >= 3) {
        all.add(s);
        all.add(URLEncoder.encode(s, StandardCharsets.UTF_8));
        all.add(URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"));
        all.add(s.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/"));
      }
    }
    this.secrets = List.copyOf(all);
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

  /** True when {@code text} carries a secret in any of the forms redacted. */
  public boolean containsSecret(String text) {
    return text != null && !redact(text).equals(text);
  }

  /**
   * A stand-in for a low-level failure that may quote what the server sent: same class name
   * and stack, message redacted, no further cause.
   */
  public Throwable sanitize(Throwable t) {
    if (t == null) {
      return null;
    }
    Throwable out = new RedactedCause(t.getClass().getName()
        + (t.getMessage() == null ? "" : ": " + redact(t.getMessage())));
    out.setStackTrace(t.getStackTrace());
    return out;
  }

  /** A failure whose message was redacted; its text names the original class. */
  static final class RedactedCause extends Exception {
    private static final long serialVersionUID = 1L;

    RedactedCause(String message) {
      super(message);
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }
}
