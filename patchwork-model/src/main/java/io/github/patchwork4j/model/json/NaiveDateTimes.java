package io.github.patchwork4j.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The server's timestamps: ISO 8601 without a zone, {@code 2026-04-21T20:20:57} or with
 * microseconds {@code 2026-11-22T23:27:40.447432}.
 */
final class NaiveDateTimes {

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private NaiveDateTimes() {}

  /**
   * Formats like Python's {@code datetime.isoformat()}: no fraction when there is none, six
   * digits for microseconds, nine only when the value has nanoseconds.
   */
  static String format(LocalDateTime value) {
    String text = SECONDS.format(value);
    int nanos = value.getNano();
    if (nanos == 0) {
      return text;
    }
    return nanos % 1000 == 0
        ? text + String.format(".%06d", nanos / 1000)
        : text + String.format(".%09d", nanos);
  }

  /**
   * Reads {@code YYYY-MM-DDTHH:MM:SS[.f…]}. The forms the server sends (no fraction, or one to
   * nine digits of it) are read digit by digit; anything else goes through {@link
   * DateTimeFormatter#ISO_LOCAL_DATE_TIME}, which accepts or rejects it.
   *
   * @throws DateTimeParseException if the text is not a naive ISO 8601 date-time
   */
  static LocalDateTime parse(String text) {
    LocalDateTime fast = parseServerForm(text);
    return fast != null ? fast
        : LocalDateTime.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
  }

  /** The server's fixed form, or null when the text is not exactly in it. */
  private static LocalDateTime parseServerForm(String t) {
    int n = t.length();
    if (n < 19 || n == 20 || n > 29 || t.charAt(4) != '-' || t.charAt(7) != '-'
        || t.charAt(10) != 'T' || t.charAt(13) != ':' || t.charAt(16) != ':'
        || (n > 19 && t.charAt(19) != '.')) {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 7);
    int day = digits(t, 8, 10);
    int hour = digits(t, 11, 13);
    int minute = digits(t, 14, 16);
    int second = digits(t, 17, 19);
    int nanos = 0;
    if (n > 19) {
      nanos = digits(t, 20, n);
      for (int i = n; i < 29; i++) {
        nanos *= 10;
      }
    }
    if ((year | month | day | hour | minute | second | nanos) < 0) {
      return null;
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second, nanos);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The decimal number in {@code t[from, to)}, or -1 if a character there is not a digit. */
  private static int digits(String t, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      int d = t.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }

  static final class Serializer extends StdScalarSerializer<LocalDateTime> {
    Serializer() {
      super(LocalDateTime.class);
    }

    @Override
    public void serialize(LocalDateTime value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(format(value));
    }
  }

  static final class Deserializer extends StdScalarDeserializer<LocalDateTime> {
    Deserializer() {
      super(LocalDateTime.class);
    }

    @Override
    public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (LocalDateTime) ctxt.handleUnexpectedToken(LocalDateTime.class, p);
      }
      String text = p.getText();
      try {
        return parse(text);
      } catch (DateTimeParseException e) {
        return (LocalDateTime) ctxt.handleWeirdStringValue(LocalDateTime.class, text,
            "Patchwork sends dates as naive ISO 8601 date-times without a zone,"
                + " YYYY-MM-DDTHH:MM:SS[.ffffff]");
      }
    }
  }
}
