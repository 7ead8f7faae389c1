package io.github.patchwork4j.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
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

  static LocalDateTime parse(String text) {
    return LocalDateTime.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
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
