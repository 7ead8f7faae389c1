package io.github.patchwork4j.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version of the Patchwork REST API, {@code MAJOR.MINOR}, as it appears in URLs ({@code
 * /api/1.2/}).
 *
 * <p>The server knows 1.0 (Patchwork 2.0), 1.1 (2.1), 1.2 (2.2 and 3.0), 1.3 (3.1 and 3.2) and 1.4
 * (unreleased, upstream {@code main}); it never removes an old version. Versions order numerically
 * ({@code 1.10} is after {@code 1.9}). A version this SDK does not know, such as {@code 1.9}, is
 * kept as it is ({@link #isKnown()} is false).
 */
public final class ApiVersion implements Comparable<ApiVersion> {

  private static final Pattern FORMAT = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

  /** API 1.0, Patchwork 2.0: the baseline. */
  public static final ApiVersion V1_0 = new ApiVersion(1, 0);
  /** API 1.1, Patchwork 2.1: comments endpoints, {@code web_url}, repeated headers as arrays. */
  public static final ApiVersion V1_1 = new ApiVersion(1, 1);
  /** API 1.2, Patchwork 2.2: writable bundles, {@code list_archive_url}, {@code related}. */
  public static final ApiVersion V1_2 = new ApiVersion(1, 2);
  /** API 1.3, Patchwork 3.1: comment detail, {@code addressed}, comment events. */
  public static final ApiVersion V1_3 = new ApiVersion(1, 3);
  /** API 1.4, unreleased (upstream {@code main}): series {@code dependencies}/{@code dependents}. */
  public static final ApiVersion V1_4 = new ApiVersion(1, 4);

  private static final List<ApiVersion> KNOWN = List.of(V1_0, V1_1, V1_2, V1_3, V1_4);

  private final int major;
  private final int minor;

  private ApiVersion(int major, int minor) {
    this.major = major;
    this.minor = minor;
  }

  /**
   * Parses {@code "1.2"}. Any {@code MAJOR.MINOR} is accepted, also one this SDK does not know.
   *
   * @param text the version as it appears in an API URL
   * @return the version (one of the constants when known)
   * @throws IllegalArgumentException if the text is not {@code MAJOR.MINOR}
   */
  @JsonCreator
  public static ApiVersion of(String text) {
    Objects.requireNonNull(text, "API version text");
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Not a Patchwork API version: '" + text + "'. Use MAJOR.MINOR as in the URL /api/1.3/,"
              + " e.g. \"1.3\"; known versions are " + KNOWN + ".");
    }
    return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * The version {@code major.minor}.
   *
   * @param major the major number (1 for every version so far)
   * @param minor the minor number
   * @return the version (one of the constants when known)
   * @throws IllegalArgumentException if a number is negative
   */
  public static ApiVersion of(int major, int minor) {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException(
          "API version numbers cannot be negative: " + major + "." + minor);
    }
    for (ApiVersion v : KNOWN) {
      if (v.major == major && v.minor == minor) {
        return v;
      }
    }
    return new ApiVersion(major, minor);
  }

  /**
   * The versions this SDK knows, oldest first: 1.0 to 1.4.
   *
   * @return an unmodifiable list
   */
  public static List<ApiVersion> known() {
    return KNOWN;
  }

  /**
   * The major number.
   *
   * @return 1 for every version the server has had so far
   */
  public int major() {
    return major;
  }

  /**
   * The minor number.
   *
   * @return e.g. 3 for 1.3
   */
  public int minor() {
    return minor;
  }

  /**
   * Whether this is one of the versions 1.0 to 1.4 this SDK was written for.
   *
   * @return false for e.g. 1.9
   */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  /**
   * Whether this version is the given one or newer, i.e. offers what {@code other} offers.
   *
   * @param other the version a feature appeared in
   * @return true if {@code this >= other}
   */
  public boolean isAtLeast(ApiVersion other) {
    return compareTo(other) >= 0;
  }

  @Override
  public int compareTo(ApiVersion other) {
    int c = Integer.compare(major, other.major);
    return c != 0 ? c : Integer.compare(minor, other.minor);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApiVersion && ((ApiVersion) o).major == major
        && ((ApiVersion) o).minor == minor;
  }

  @Override
  public int hashCode() {
    return 31 * major + minor;
  }

  /**
   * The version as it appears in URLs.
   *
   * @return e.g. {@code "1.2"}
   */
  @JsonValue
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
