package io.github.patchwork4j.model;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patchwork's hash of a diff: the value the server stores in a patch's {@code hash} field (API
 * 1.0) and matches with the {@code hash} filter of {@code GET /patches/} (API 1.2,
 * case-insensitive). The server computes it when it saves a patch that has a diff (its {@code
 * patchwork/hasher.py}); identical changes share a hash wherever they were made, so the diff of a
 * commit finds the patch it came from, and two patches with one hash carry the same change.
 *
 * <p>What the server hashes: it removes carriage returns and the white space around the diff,
 * then feeds SHA-1 only with these lines, each followed by a newline:
 *
 * <ul>
 *   <li>file lines {@code --- NAME} / {@code +++ NAME}, rewritten to {@code --- a/REST} / {@code
 *       +++ b/REST} where REST is NAME without its first path component (so {@code -p1} prefixes
 *       and mnemonic prefixes do not matter, but a diff without prefixes loses a real directory);
 *   <li>hunk headers, reduced to their line counts: {@code @@ -291,9 +291,9 @@ f()} becomes
 *       {@code @@ -9 +9 @@} (a missing count is 1), so a change that moved does not change;
 *   <li>lines starting with {@code +}, {@code -} or a space, as they are.
 * </ul>
 *
 * Everything else ({@code diff --git}, {@code index}, mode and rename lines, {@code \ No newline
 * at end of file}, empty lines) is skipped. A diff with no hashed line (even an empty one) hashes
 * to the SHA-1 of nothing. Pass the diff alone: text before it, such as the indented commit
 * message {@code git show} prints, would be hashed as context lines.
 *
 * <p>A patch without a diff (a pull request) has no hash: the server sends {@code null}, which
 * {@link Patch#hash()} reads as empty. {@code patch.diff().map(DiffHash::of)} gives what the
 * server would store for a patch.
 *
 * <pre>{@code
 * String hash = DiffHash.of(gitDiffOutput);
 * pw.patches().list(PatchQuery.builder().project("linux-mm").hash(hash).build())...
 * }</pre>
 */
public final class DiffHash {

  // Python's \d is any Unicode decimal digit; int() reads them all.
  private static final Pattern HUNK =
      Pattern.compile("^@@ -\\p{Nd}+(?:,(\\p{Nd}+))? \\+\\p{Nd}+(?:,(\\p{Nd}+))? @@");

  private DiffHash() {
  }

  /**
   * The hash the server stores for a patch with this diff.
   *
   * @param diff a unified diff, as {@code git diff} prints it or a patch's {@code diff} field has
   *     it
   * @return the SHA-1 of the normalised diff: 40 lower-case hex digits
   * @throws NullPointerException if {@code diff} is null (a patch without a diff has no hash)
   */
  public static String of(String diff) {
    Objects.requireNonNull(diff, "diff");
    MessageDigest sha1 = sha1();
    String text = strip(diff.replace("\r", "")) + "\n";
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      String line = text.substring(start, end);
      start = end + 1;
      String hashed = normalise(line);
      if (hashed != null) {
        sha1.update((hashed + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    return HexFormat.of().formatHex(sha1.digest());
  }

  /** The line as hashed, or null for a line the server skips. */
  private static String normalise(String line) {
    if (line.isEmpty()) {
      return null;
    }
    String fileName = fileName(line);
    if (fileName != null) {
      boolean old = line.charAt(0) == '-';
      int slash = fileName.indexOf('/');
      String rest = slash < 0 ? "" : fileName.substring(slash + 1);
      return (old ? "--- a/" : "+++ b/") + rest;
    }
    Matcher hunk = HUNK.matcher(line);
    if (hunk.lookingAt()) {
      return "@@ -" + count(hunk.group(1)) + " +" + count(hunk.group(2)) + " @@";
    }
    char first = line.charAt(0);
    return first == '-' || first == '+' || first == ' ' ? line : null;
  }

  /** For {@code --- NAME…} or {@code +++ NAME…}: NAME (up to the first white space), else null. */
  private static String fileName(String line) {
    if (!(line.startsWith("--- ") || line.startsWith("+++ "))) {
      return null;
    }
    int from = 4;
    int to = from;
    while (to < line.length() && !isSpace(line.charAt(to))) {
      to++;
    }
    return to == from ? null : line.substring(from, to);
  }

  private static String count(String digits) {
    return digits == null ? "1" : new BigInteger(digits).toString();
  }

  /** Python's {@code str.strip()}: removes what Python counts as white space at both ends. */
  private static String strip(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  /** Python's {@code str.isspace()} for one character, which also counts no-break spaces. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u0085' || c == '\u00a0' || c == '\u2007' || c == '\u202f';
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JVM has no SHA-1, which every Java platform must have", e);
    }
  }
}
