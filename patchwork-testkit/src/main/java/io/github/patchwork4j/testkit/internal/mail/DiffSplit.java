package io.github.patchwork4j.testkit.internal.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a plain-text mail body into the diff and the rest, line by line: a diff starts at
 * {@code diff }/{@code Index: } or {@code --- } followed by {@code +++ } and a hunk header; hunks
 * are followed by their line counts; git's extended header lines and binary patches belong to it.
 *
 * @param diff the diff, or null when there is none
 * @param comment the remaining text, or null when there is none
 */
record DiffSplit(String diff, String comment) {

  private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,(\\d+))? \\+\\d+(?:,(\\d+))? @@");
  private static final String[] EXTENDED = {"old mode ", "new mode ", "deleted file mode ",
      "new file mode ", "copy from ", "copy to ", "rename from ", "rename to ", "similarity index ",
      "dissimilarity index ", "index "};

  private static boolean extended(String line) {
    for (String e : EXTENDED) {
      if (line.startsWith(e)) {
        return true;
      }
    }
    return false;
  }

  static DiffSplit of(String content) {
    StringBuilder patch = new StringBuilder();
    StringBuilder comment = new StringBuilder();
    StringBuilder buf = new StringBuilder();
    int state = 0;
    int[] lc = {0, 0};
    int hunks = 0;
    for (String raw : content.split("\n", -1)) {
      String line = raw + "\n";
      switch (state) {
        case 0:
          if (line.startsWith("diff ") || line.startsWith("Index: ")) {
            state = 1;
            buf.append(line);
          } else if (line.startsWith("--- ")) {
            state = 2;
            buf.append(line);
          } else {
            comment.append(line);
          }
          break;
        case 1:
          buf.append(line);
          if (line.startsWith("--- ")) {
            state = 2;
          }
          if (extended(line)) {
            state = 6;
          }
          break;
        case 2:
          if (line.startsWith("+++ ")) {
            state = 3;
            buf.append(line);
          } else if (hunks > 0) {
            state = 1;
            buf.append(line);
          } else {
            state = 0;
            comment.append(buf).append(line);
            buf.setLength(0);
          }
          break;
        case 3: {
          Matcher m = HUNK.matcher(line);
          if (m.find()) {
            lc[0] = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
            lc[1] = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            state = 4;
            patch.append(buf).append(line);
            buf.setLength(0);
          } else if (line.startsWith("--- ")) {
            patch.append(buf).append(line);
            buf.setLength(0);
            state = 2;
          } else if (hunks > 0 && line.startsWith("\\ No newline at end of file")) {
            patch.append(line);
          } else if (hunks > 0) {
            state = 1;
            buf.append(line);
          } else {
            state = 0;
            comment.append(buf).append(line);
            buf.setLength(0);
          }
          break;
        }
        case 4:
        case 5:
          if (line.startsWith("-")) {
            lc[0]--;
          } else if (line.startsWith("+")) {
            lc[1]--;
          } else if (!line.startsWith("\\ No newline at end of file")) {
            lc[0]--;
            lc[1]--;
          }
          patch.append(line);
          if (lc[0] <= 0 && lc[1] <= 0) {
            state = 3;
            hunks++;
          } else {
            state = 5;
          }
          break;
        case 6:
          if (extended(line)) {
            patch.append(buf).append(line);
            buf.setLength(0);
          } else if (line.startsWith("--- ")) {
            patch.append(buf).append(line);
            buf.setLength(0);
            state = 2;
          } else if (line.startsWith("GIT binary patch")) {
            patch.append(buf).append(line);
            buf.setLength(0);
            state = 7;
          } else {
            buf.append(line);
            state = 1;
          }
          break;
        default:
          if (line.startsWith("diff")) {
            buf.append(line);
            state = 0;
          } else {
            patch.append(buf).append(line);
            buf.setLength(0);
          }
          break;
      }
    }
    comment.append(buf);
    return new DiffSplit(patch.length() == 0 ? null : patch.toString(),
        comment.length() == 0 ? null : comment.toString());
  }
}
