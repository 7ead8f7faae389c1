package io.github.patchwork4j.testkit.internal.mail;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Header values as the server handles them: RFC 2047 encoded words decoded into chunks of one
 * charset each; the readable text (what the server matches subjects and addresses against);
 * and the re-encoded, re-folded form it keeps in a patch's {@code headers}.
 */
public final class HeaderText {

  /** A run of text and the charset it was encoded in (null: plain ASCII text). */
  record Chunk(String text, String charset) {
  }

  private static final Pattern ENCODED_WORD =
      Pattern.compile("=\\?([^?]*?)\\?([qQbB])\\?(.*?)\\?=", Pattern.DOTALL);
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final int MAX_LINE = 78;
  private static final Set<String> QP_CHARSETS = Set.of("iso-8859-1", "iso-8859-2", "iso-8859-3",
      "iso-8859-4", "iso-8859-9", "iso-8859-10", "iso-8859-13", "iso-8859-14", "iso-8859-15",
      "iso-8859-16", "windows-1252", "viscii");

  private HeaderText() {
  }

  /** Splits a value into plain and decoded chunks; whitespace between two encoded words is dropped. */
  static List<Chunk> decode(String value) {
    List<Chunk> words = new ArrayList<>();
    boolean any = ENCODED_WORD.matcher(value).find();
    if (!any) {
      words.add(new Chunk(value, null));
      return words;
    }
    List<Chunk> raw = new ArrayList<>();
    for (String line : value.split("\n")) {
      Matcher m = ENCODED_WORD.matcher(line);
      int pos = 0;
      boolean first = true;
      while (true) {
        boolean found = m.find();
        String plain = line.substring(pos, found ? m.start() : line.length());
        if (first) {
          plain = plain.replaceFirst("^\\s+", "");
          first = false;
        }
        if (!plain.isEmpty()) {
          raw.add(new Chunk(plain, null));
        }
        if (!found) {
          break;
        }
        raw.add(new Chunk(decodeWord(m.group(1), m.group(2), m.group(3)), m.group(1)));
        pos = m.end();
      }
    }
    List<Chunk> kept = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      boolean between = i > 0 && i + 1 < raw.size() && raw.get(i).charset() == null
          && raw.get(i - 1).charset() != null && raw.get(i + 1).charset() != null
          && raw.get(i).text().isBlank();
      if (!between) {
        kept.add(raw.get(i));
      }
    }
    String lastText = null;
    String lastCharset = null;
    for (Chunk w : kept) {
      String text = w.text();
      String cs = w.charset() == null ? null : normalCharset(w.charset());
      if (lastText == null) {
        lastText = text;
        lastCharset = cs;
      } else if (!java.util.Objects.equals(cs, lastCharset)) {
        words.add(new Chunk(lastText, lastCharset));
        lastText = text;
        lastCharset = cs;
      } else if (cs == null) {
        lastText = lastText + " " + text;
      } else {
        lastText = lastText + text;
      }
    }
    if (lastText != null) {
      words.add(new Chunk(lastText, lastCharset));
    }
    return words;
  }

  private static String normalCharset(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    int star = n.indexOf('*');
    if (star >= 0) {
      n = n.substring(0, star);
    }
    switch (n) {
      case "latin-1":
      case "latin_1":
      case "latin1":
        return "iso-8859-1";
      case "utf8":
        return "utf-8";
      default:
        return n;
    }
  }

  private static String decodeWord(String charset, String encoding, String text) {
    byte[] bytes;
    if (encoding.equalsIgnoreCase("b")) {
      String t = text.replaceAll("[^A-Za-z0-9+/]", "");
      while (t.length() % 4 != 0) {
        t += "=";
      }
      try {
        bytes = Base64.getDecoder().decode(t);
      } catch (IllegalArgumentException e) {
        bytes = text.getBytes(StandardCharsets.ISO_8859_1);
      }
    } else {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '_') {
          out.write(' ');
        } else if (c == '=' && i + 2 < text.length()
            && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
          out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
          i += 2;
        } else {
          out.write(c);
        }
      }
      bytes = out.toByteArray();
    }
    Charset cs = MimeEntity.charset(normalCharset(charset));
    return new String(bytes, cs == null ? StandardCharsets.ISO_8859_1 : cs);
  }

  /** The value as readable text with runs of whitespace made one space, trimmed. */
  static String clean(String value) {
    List<Chunk> chunks = decode(value);
    StringBuilder out = new StringBuilder();
    String lastCharset = null;
    boolean lastSpace = false;
    boolean firstChunk = true;
    for (Chunk c : chunks) {
      String next = c.charset();
      if (!firstChunk) {
        boolean hasSpace = !c.text().isEmpty() && nonCtext(c.text().charAt(0));
        if (!ascii(lastCharset)) {
          if (ascii(next) && !hasSpace) {
            out.append(' ');
            next = null;
          }
        } else if (!ascii(next) && !lastSpace) {
          out.append(' ');
        }
      }
      lastSpace = !c.text().isEmpty() && nonCtext(c.text().charAt(c.text().length() - 1));
      lastCharset = next;
      firstChunk = false;
      out.append(c.text());
    }
    return SPACES.matcher(out.toString()).replaceAll(" ").strip();
  }

  private static boolean ascii(String charset) {
    return charset == null || charset.equals("us-ascii");
  }

  private static boolean nonCtext(char c) {
    return Character.isWhitespace(c) || c == '(' || c == ')' || c == '\\';
  }

  /**
   * The value as the server keeps it: plain text folded at 78 columns (counting {@code "Name: "})
   * on whitespace, preferring {@code ;} and {@code ,}; non-ASCII text as encoded words.
   */
  static String stored(String name, String value) {
    Folder f = new Folder(name.length() + 2);
    String lastCharset = null;
    boolean lastSpace = false;
    boolean first = true;
    for (Chunk c : decode(value)) {
      String charset = c.charset();
      if (charset == null && !c.text().chars().allMatch(ch -> ch < 128)) {
        charset = "utf-8";
      }
      if (!first) {
        boolean hasSpace = !c.text().isEmpty() && nonCtext(c.text().charAt(0));
        if (!ascii(lastCharset)) {
          if (!hasSpace || !ascii(charset)) {
            f.transition();
          }
        } else if (!ascii(charset) && !lastSpace) {
          f.transition();
        }
      }
      lastSpace = !c.text().isEmpty() && nonCtext(c.text().charAt(c.text().length() - 1));
      lastCharset = charset;
      first = false;
      String[] lines = c.text().split("\n", -1);
      if (ascii(charset)) {
        f.ascii("", lines[0]);
        for (int i = 1; i < lines.length; i++) {
          f.newline();
          String s = lines[i].replaceFirst("^\\s+", "");
          f.ascii(lines[i].substring(0, lines[i].length() - s.length()), s);
        }
        if (lines.length > 1) {
          f.newline();
        }
      } else {
        f.chunk("", encodedWord(c.text(), charset));
      }
    }
    return f.result();
  }

  /**
   * One RFC 2047 encoded word for the text: Q encoding for the ISO-8859 family, otherwise
   * whichever of Q and B is shorter (Q on a tie), as Python's email package chooses.
   */
  public static String encodedWord(String text, String charset) {
    Charset cs = MimeEntity.charset(charset);
    if (cs == null) {
      cs = StandardCharsets.UTF_8;
      charset = "utf-8";
    }
    byte[] bytes = text.getBytes(cs);
    String b = Base64.getEncoder().encodeToString(bytes);
    StringBuilder q = new StringBuilder();
    for (byte x : bytes) {
      int v = x & 0xff;
      if (v == ' ') {
        q.append('_');
      } else if (v < 128 && (Character.isLetterOrDigit(v) || "!*+-/".indexOf(v) >= 0)) {
        q.append((char) v);
      } else {
        q.append('=').append(String.format("%02X", v));
      }
    }
    boolean useQ = QP_CHARSETS.contains(charset) || q.length() <= b.length();
    return "=?" + charset + "?" + (useQ ? "q?" + q : "b?" + b) + "?=";
  }

  /** Python's header formatter: lines of (whitespace, word) pairs, split when over 78 columns. */
  private static final class Folder {
    private final List<String> lines = new ArrayList<>();
    private final List<String[]> current = new ArrayList<>();
    private int initial;

    Folder(int headerLength) {
      this.initial = headerLength;
    }

    private int length() {
      int n = initial;
      for (String[] p : current) {
        n += p[0].length() + p[1].length();
      }
      return n;
    }

    private String line() {
      StringBuilder s = new StringBuilder();
      for (String[] p : current) {
        s.append(p[0]).append(p[1]);
      }
      return s.toString();
    }

    void transition() {
      current.add(new String[] {" ", ""});
    }

    void newline() {
      if (!current.isEmpty()) {
        String[] end = current.remove(current.size() - 1);
        if (!(end[0].equals(" ") && end[1].isEmpty())) {
          current.add(end);
        }
      }
      if (length() > 0) {
        String s = line();
        if (initial == 0 && s.isBlank() && !lines.isEmpty()) {
          lines.set(lines.size() - 1, lines.get(lines.size() - 1) + s);
        } else {
          lines.add(s);
        }
      }
      current.clear();
      initial = 0;
    }

    void ascii(String fws, String text) {
      String s = fws + text;
      List<String> parts = new ArrayList<>();
      Matcher m = Pattern.compile("[ \\t]+").matcher(s);
      int pos = 0;
      while (m.find()) {
        parts.add(s.substring(pos, m.start()));
        parts.add(m.group());
        pos = m.end();
      }
      parts.add(s.substring(pos));
      if (!parts.get(0).isEmpty()) {
        parts.add(0, "");
      } else {
        parts.remove(0);
      }
      for (int i = 0; i + 1 < parts.size(); i += 2) {
        chunk(parts.get(i), parts.get(i + 1));
      }
      if (parts.size() % 2 == 1) {
        chunk(parts.get(parts.size() - 1), "");
      }
    }

    void chunk(String fws, String text) {
      current.add(new String[] {fws, text});
      if (length() <= MAX_LINE) {
        return;
      }
      int split = -1;
      for (char ch : new char[] {';', ',', ' ', '\t'}) {
        for (int i = current.size() - 1; i > 0; i--) {
          if (Character.isWhitespace(ch)) {
            String w = current.get(i)[0];
            if (!w.isEmpty() && w.charAt(0) == ch) {
              split = i;
              break;
            }
          }
          String prev = current.get(i - 1)[1];
          if (!prev.isEmpty() && prev.charAt(prev.length() - 1) == ch) {
            split = i;
            break;
          }
        }
        if (split > 0) {
          break;
        }
      }
      if (split < 0) {
        String[] last = current.remove(current.size() - 1);
        if (initial > 0) {
          newline();
          if (last[0].isEmpty()) {
            last[0] = " ";
          }
        }
        current.add(last);
        return;
      }
      List<String[]> rest = new ArrayList<>(current.subList(split, current.size()));
      current.subList(split, current.size()).clear();
      lines.add(line());
      current.clear();
      current.addAll(rest);
      initial = 0;
    }

    String result() {
      newline();
      return String.join("\n", lines);
    }
  }
}
