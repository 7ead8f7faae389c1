package io.github.patchwork4j.testkit.internal.mail;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One MIME entity (a whole message or one part of a multipart body): its header fields in
 * order and its body bytes. Parts of a {@code multipart/*} body are read on demand.
 */
final class MimeEntity {

  /** One header field: the name as written and the value, folded lines joined by {@code \n}. */
  record Field(String name, String value) {
  }

  private final List<Field> fields;
  private final byte[] body;

  private MimeEntity(List<Field> fields, byte[] body) {
    this.fields = fields;
    this.body = body;
  }

  /** Reads header fields up to the first empty line; the rest is the body. */
  static MimeEntity parse(byte[] raw) {
    List<Field> fields = new ArrayList<>();
    int pos = 0;
    StringBuilder current = null;
    String name = null;
    while (pos < raw.length) {
      int end = pos;
      while (end < raw.length && raw[end] != '\n') {
        end++;
      }
      int lineEnd = end > pos && raw[end - 1] == '\r' ? end - 1 : end;
      String line = new String(raw, pos, lineEnd - pos, StandardCharsets.UTF_8);
      int next = Math.min(end + 1, raw.length);
      if (line.isEmpty()) {
        pos = next;
        break;
      }
      if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && current != null) {
        current.append('\n').append(line);
      } else if (line.startsWith("From ") && fields.isEmpty() && current == null) {
        // an mbox "From " separator line left at the top: not a header field
      } else {
        if (current != null) {
          fields.add(new Field(name, current.toString()));
        }
        int colon = line.indexOf(':');
        if (colon <= 0) {
          // not a header line: the body starts here (as a lenient parser does)
          current = null;
          break;
        }
        name = line.substring(0, colon).strip();
        current = new StringBuilder(line.substring(colon + 1).replaceFirst("^[ \\t]+", ""));
      }
      pos = next;
    }
    if (current != null) {
      fields.add(new Field(name, current.toString()));
    }
    byte[] body = new byte[raw.length - pos];
    System.arraycopy(raw, pos, body, 0, body.length);
    return new MimeEntity(List.copyOf(fields), body);
  }

  List<Field> fields() {
    return fields;
  }

  /** The first value of the named field (case-insensitive), if any. */
  Optional<String> header(String name) {
    for (Field f : fields) {
      if (f.name().equalsIgnoreCase(name)) {
        return Optional.of(f.value());
      }
    }
    return Optional.empty();
  }

  /** Every value of the named field, in order. */
  List<String> headers(String name) {
    List<String> out = new ArrayList<>();
    for (Field f : fields) {
      if (f.name().equalsIgnoreCase(name)) {
        out.add(f.value());
      }
    }
    return out;
  }

  /** {@code type/subtype} in lower case; {@code text/plain} when absent or malformed. */
  String contentType() {
    String value = header("Content-Type").orElse("").split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return value.matches("[^/\\s]+/[^/\\s]+") ? value : "text/plain";
  }

  /** A parameter of {@code Content-Type} (quotes removed), if present. */
  Optional<String> contentTypeParameter(String parameter) {
    String[] parts = header("Content-Type").orElse("").split(";");
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      if (eq > 0 && parts[i].substring(0, eq).strip().equalsIgnoreCase(parameter)) {
        String v = parts[i].substring(eq + 1).strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
          v = v.substring(1, v.length() - 1);
        }
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** This entity and, depth first, every part inside it. */
  void walk(Consumer<MimeEntity> visitor) {
    visitor.accept(this);
    for (MimeEntity part : parts()) {
      part.walk(visitor);
    }
  }

  /** The parts of a multipart body; empty for any other entity. */
  List<MimeEntity> parts() {
    Optional<String> boundary = contentTypeParameter("boundary");
    if (!contentType().startsWith("multipart/") || boundary.isEmpty()) {
      return List.of();
    }
    String delimiter = "--" + boundary.get();
    List<MimeEntity> out = new ArrayList<>();
    int pos = 0;
    int partStart = -1;
    while (pos <= body.length) {
      int end = pos;
      while (end < body.length && body[end] != '\n') {
        end++;
      }
      String line = new String(body, pos, end - pos, StandardCharsets.ISO_8859_1).stripTrailing();
      if (line.startsWith(delimiter)) {
        if (partStart >= 0) {
          int partEnd = pos;
          if (partEnd > partStart && body[partEnd - 1] == '\n') {
            partEnd--;
            if (partEnd > partStart && body[partEnd - 1] == '\r') {
              partEnd--;
            }
          }
          byte[] part = new byte[partEnd - partStart];
          System.arraycopy(body, partStart, part, 0, part.length);
          out.add(parse(part));
        }
        if (line.equals(delimiter + "--")) {
          break;
        }
        partStart = Math.min(end + 1, body.length);
      }
      if (end >= body.length) {
        break;
      }
      pos = end + 1;
    }
    return out;
  }

  /** The body with its transfer encoding (base64, quoted-printable) undone. */
  byte[] decodedBody() {
    String cte = header("Content-Transfer-Encoding").orElse("").strip().toLowerCase(Locale.ROOT);
    if (cte.equals("base64")) {
      String text = new String(body, StandardCharsets.ISO_8859_1).replaceAll("[^A-Za-z0-9+/=]", "");
      try {
        return Base64.getMimeDecoder().decode(text);
      } catch (IllegalArgumentException e) {
        return body;
      }
    }
    if (cte.equals("quoted-printable")) {
      return quotedPrintable(body);
    }
    return body;
  }

  private static byte[] quotedPrintable(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    for (int i = 0; i < in.length; i++) {
      byte b = in[i];
      if (b == '=') {
        if (i + 1 < in.length && in[i + 1] == '\n') {
          i++;
          continue;
        }
        if (i + 2 < in.length && in[i + 1] == '\r' && in[i + 2] == '\n') {
          i += 2;
          continue;
        }
        if (i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
          out.write(hex(in[i + 1]) * 16 + hex(in[i + 2]));
          i += 2;
          continue;
        }
      }
      out.write(b);
    }
    return out.toByteArray();
  }

  private static int hex(byte b) {
    return Character.digit((char) b, 16);
  }

  /**
   * The body as text: decoded with its declared charset when Java knows it, else with the first
   * of UTF-8, windows-1252 and ISO-8859-1 that decodes it; empty when none does.
   */
  Optional<String> text() {
    byte[] bytes = decodedBody();
    List<Charset> tries = new ArrayList<>();
    Optional<String> declared = contentTypeParameter("charset");
    Charset known = declared.map(MimeEntity::charset).orElse(null);
    if (known != null) {
      tries.add(known);
    } else {
      tries.add(StandardCharsets.UTF_8);
      tries.add(Charset.forName("windows-1252"));
      tries.add(StandardCharsets.ISO_8859_1);
    }
    for (Charset c : tries) {
      try {
        return Optional.of(c.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
      } catch (CharacterCodingException e) {
        // try the next one
      }
    }
    return Optional.empty();
  }

  /** The charset of that name, or null when Java does not know it. */
  static Charset charset(String name) {
    try {
      return Charset.forName(name.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
