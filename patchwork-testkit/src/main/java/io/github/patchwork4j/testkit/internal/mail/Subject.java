package io.github.patchwork4j.testkit.internal.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cleaned subject line: {@code Re:}/{@code Fwd:} and bracketed prefixes removed, the prefixes
 * (without {@code PATCH} and the project's link name) kept in order, and the name the server
 * stores ({@code [v2,3/5] rest} when there are prefixes).
 *
 * @param name the stored name
 * @param prefixes the kept prefixes
 */
public record Subject(String name, List<String> prefixes) {

  private static final Pattern REPLY = Pattern.compile("^(re|fwd?)[:\\s]\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern IS_REPLY = Pattern.compile("^(re)[:\\s]\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern PREFIX = Pattern.compile("^\\[([^\\]]*)\\]\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern MERCURIAL = Pattern.compile("^PATCH (\\d+ of \\d+)(.*)$", Pattern.DOTALL);
  private static final Pattern SPLIT = Pattern.compile("[,\\s]+");
  private static final Pattern MARKER = Pattern.compile(".*?([0-9]+)(?:/| of )([0-9]+)$");
  private static final Pattern VERSION = Pattern.compile("^[vV](\\d+)$");
  private static final Pattern VERSION_IN_NAME = Pattern.compile("\\([vV](\\d+)\\)");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Cleans a decoded subject; {@code drop} are extra prefixes to remove (case-insensitive). */
  public static Subject parse(String cleanSubject, String drop) {
    List<String> dropped = new ArrayList<>(List.of("patch"));
    if (drop != null) {
      dropped.add(drop.toLowerCase(Locale.ROOT));
    }
    String subject = REPLY.matcher(cleanSubject).replaceFirst(" ");
    subject = normalise(subject);
    List<String> prefixes = new ArrayList<>();
    Matcher m = PREFIX.matcher(subject);
    while (m.matches()) {
      for (String p : split(m.group(1))) {
        if (!dropped.contains(p.toLowerCase(Locale.ROOT))) {
          prefixes.add(p);
        }
      }
      subject = m.group(2);
      m = PREFIX.matcher(subject);
    }
    subject = normalise(subject);
    if (!prefixes.isEmpty()) {
      subject = "[" + String.join(",", prefixes) + "] " + subject;
    }
    return new Subject(subject, List.copyOf(prefixes));
  }

  private static List<String> split(String prefix) {
    List<String> tokens = new ArrayList<>();
    Matcher m = MERCURIAL.matcher(prefix);
    if (m.matches()) {
      tokens.add("PATCH");
      tokens.add(m.group(1));
      prefix = m.group(2);
    }
    for (String s : SPLIT.split(prefix, -1)) {
      if (!s.isEmpty()) {
        tokens.add(s);
      }
    }
    return tokens;
  }

  private static String normalise(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** Whether the decoded subject starts like a reply ({@code Re:}). */
  static boolean isReply(String cleanSubject) {
    return IS_REPLY.matcher(cleanSubject).find();
  }

  /** The {@code x/n} (or {@code x of n}) marker of the first prefix that has one. */
  int[] marker() {
    for (String p : prefixes) {
      Matcher m = MARKER.matcher(p);
      if (m.matches()) {
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
      }
    }
    return null;
  }

  /** The number of the patch in its series, if the subject has a marker. */
  OptionalInt number() {
    int[] m = marker();
    return m == null ? OptionalInt.empty() : OptionalInt.of(m[0]);
  }

  /** The series length, if the subject has a marker. */
  OptionalInt total() {
    int[] m = marker();
    return m == null ? OptionalInt.empty() : OptionalInt.of(m[1]);
  }

  /** The version: a {@code vN} prefix, else {@code (vN)} in the name, else 1. */
  int version() {
    for (String p : prefixes) {
      Matcher m = VERSION.matcher(p);
      if (m.matches()) {
        return Integer.parseInt(m.group(1));
      }
    }
    Matcher m = VERSION_IN_NAME.matcher(name);
    return m.find() ? Integer.parseInt(m.group(1)) : 1;
  }
}
