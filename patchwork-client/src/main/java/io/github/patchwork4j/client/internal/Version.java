package io.github.patchwork4j.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's own version, for the {@code User-Agent} header. */
public final class Version {

  private static final String VERSION = load();

  private Version() {}

  /** E.g. {@code 0.1.0}; {@code dev} when run from unpackaged classes without resources. */
  public static String sdk() {
    return VERSION;
  }

  /** {@code patchwork4j/<version>}. */
  public static String userAgent() {
    return "patchwork4j/" + VERSION;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "dev");
      return v.startsWith("$") ? "dev" : v;
    } catch (IOException e) {
      return "dev";
    }
  }
}
