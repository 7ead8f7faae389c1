package io.github.patchwork4j.testkit.internal.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits mail input into messages: an mbox (starting with a {@code From } line) into its
 * messages, with {@code >From } lines unescaped; anything else is one message.
 */
public final class Mbox {

  private Mbox() {
  }

  /** The messages of the input, in order. */
  public static List<byte[]> split(byte[] input) {
    if (!startsWith(input, 0, "From ")) {
      return List.of(input);
    }
    List<byte[]> out = new ArrayList<>();
    ByteArrayOutputStream current = null;
    int pos = 0;
    boolean previousBlank = true;
    while (pos < input.length) {
      int end = pos;
      while (end < input.length && input[end] != '\n') {
        end++;
      }
      int next = Math.min(end + 1, input.length);
      if (previousBlank && startsWith(input, pos, "From ")) {
        if (current != null) {
          out.add(trimSeparator(current.toByteArray()));
        }
        current = new ByteArrayOutputStream();
      } else if (current != null) {
        int start = pos;
        if (startsWith(input, pos, ">From ") || isQuotedFrom(input, pos)) {
          start = pos + 1;
        }
        current.write(input, start, next - start);
      }
      boolean blank = end == pos || (end == pos + 1 && input[pos] == '\r');
      previousBlank = blank;
      pos = next;
    }
    if (current != null) {
      out.add(trimSeparator(current.toByteArray()));
    }
    return out;
  }

  private static boolean isQuotedFrom(byte[] b, int pos) {
    int i = pos;
    while (i < b.length && b[i] == '>') {
      i++;
    }
    return i > pos + 1 && startsWith(b, i, "From ");
  }

  /** Drops the one empty line that separates a message from the next {@code From } line. */
  private static byte[] trimSeparator(byte[] m) {
    int n = m.length;
    if (n >= 2 && m[n - 1] == '\n' && m[n - 2] == '\n') {
      n--;
    }
    byte[] out = new byte[n];
    System.arraycopy(m, 0, out, 0, n);
    return out;
  }

  private static boolean startsWith(byte[] b, int pos, String prefix) {
    byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
    if (pos + p.length > b.length) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (b[pos + i] != p[i]) {
        return false;
      }
    }
    return true;
  }
}
