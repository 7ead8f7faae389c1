package io.github.patchwork4j.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body as Django's {@code MultiPartParser} gives it to DRF: the
 * text fields by name, in order (UTF-8). File parts are files, not fields, and are left out.
 */
final class Multipart {

  private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary=(\"([^\"]*)\"|[^;\\s]+)");
  private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("(?i);\\s*filename\\*?=");

  private Multipart() {
  }

  /** The boundary of a multipart content type, or null when it names none. */
  static String boundary(String contentType) {
    Matcher m = BOUNDARY.matcher(contentType);
    if (!m.find()) {
      return null;
    }
    return m.group(2) != null ? m.group(2) : m.group(1);
  }

  /** The text fields of the body, as name-value pairs in body order. */
  static List<Map.Entry<String, String>> fields(byte[] body, String boundary) {
    // ISO-8859-1 keeps one char per byte, so positions are byte positions
    String text = new String(body, StandardCharsets.ISO_8859_1);
    String delimiter = "--" + boundary;
    List<Map.Entry<String, String>> out = new ArrayList<>();
    int pos = text.indexOf(delimiter);
    while (pos >= 0) {
      int after = pos + delimiter.length();
      int headersStart = text.indexOf("\r\n", after);
      if (text.startsWith("--", after) || headersStart < 0) {
        break;
      }
      headersStart += 2;
      int headersEnd = text.indexOf("\r\n\r\n", headersStart - 2);
      int next = headersEnd < 0 ? -1 : text.indexOf("\r\n" + delimiter, headersEnd + 4);
      if (next < 0) {
        break;
      }
      String disposition = null;
      for (String line : text.substring(headersStart, Math.max(headersStart, headersEnd)).split("\r\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
          disposition = line;
        }
      }
      if (disposition != null && !FILENAME.matcher(disposition).find()) {
        Matcher name = NAME.matcher(disposition);
        if (name.find()) {
          byte[] value = text.substring(headersEnd + 4, next).getBytes(StandardCharsets.ISO_8859_1);
          out.add(Map.entry(utf8(name.group(1)), new String(value, StandardCharsets.UTF_8)));
        }
      }
      pos = next + 2;
    }
    return out;
  }

  private static String utf8(String latin1) {
    return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }
}
