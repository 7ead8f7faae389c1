package io.github.patchwork4j.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.patchwork4j.model.CheckState;
import io.github.patchwork4j.model.PatchState;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scalar reads shared by the streaming deserializers: each takes the parser positioned on a
 * value that is not JSON {@code null} (callers treat {@code null} as absent), reads the usual
 * token directly, and hands any other token to Jackson so that coercions and error messages stay
 * those of a plain {@code ObjectMapper}.
 */
final class Read {

  private static final NaiveDateTimes.Deserializer DATES = new NaiveDateTimes.Deserializer();

  private Read() {}

  static String text(JsonParser p, DeserializationContext ctxt) throws IOException {
    return p.currentToken() == JsonToken.VALUE_STRING ? p.getText()
        : ctxt.readValue(p, String.class);
  }

  static int integer(JsonParser p, DeserializationContext ctxt) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NUMBER_INT ? p.getIntValue()
        : ctxt.readValue(p, Integer.TYPE);
  }

  static long id(JsonParser p, DeserializationContext ctxt) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NUMBER_INT ? p.getLongValue()
        : ctxt.readValue(p, Long.TYPE);
  }

  static boolean bool(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    return t != JsonToken.VALUE_FALSE && ctxt.readValue(p, Boolean.TYPE);
  }

  static LocalDateTime date(JsonParser p, DeserializationContext ctxt) throws IOException {
    return DATES.deserialize(p, ctxt);
  }

  static PatchState patchState(JsonParser p, DeserializationContext ctxt) throws IOException {
    String text = text(p, ctxt);
    try {
      return PatchState.of(text);
    } catch (IllegalArgumentException e) {
      throw ctxt.weirdStringException(text, PatchState.class, e.getMessage());
    }
  }

  static CheckState checkState(JsonParser p, DeserializationContext ctxt) throws IOException {
    String text = text(p, ctxt);
    try {
      return CheckState.of(text);
    } catch (IllegalArgumentException e) {
      throw ctxt.weirdStringException(text, CheckState.class, e.getMessage());
    }
  }

  /** A JSON array read element by element with {@code element}; {@code null} elements fail. */
  static <T> List<T> list(JsonParser p, DeserializationContext ctxt, Class<T> type,
      JsonDeserializer<T> element) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      @SuppressWarnings("unchecked")
      List<T> other = (List<T>) ctxt.handleUnexpectedToken(List.class, p);
      return other;
    }
    List<T> items = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == JsonToken.VALUE_NULL) {
        throw JsonMappingException.from(p, "A list of " + type.getSimpleName()
            + " holds a null element");
      }
      items.add(element.deserialize(p, ctxt));
    }
    return items;
  }

  /** A JSON array of strings. */
  static List<String> texts(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      @SuppressWarnings("unchecked")
      List<String> other = (List<String>) ctxt.handleUnexpectedToken(List.class, p);
      return other;
    }
    List<String> items = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == JsonToken.VALUE_NULL) {
        throw JsonMappingException.from(p, "A list of strings holds a null element");
      }
      items.add(text(p, ctxt));
    }
    return items;
  }

  /** A JSON object of integers, such as a patch's {@code tags} (in practice always empty). */
  static Map<String, Integer> integers(JsonParser p, DeserializationContext ctxt)
      throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      @SuppressWarnings("unchecked")
      Map<String, Integer> other = (Map<String, Integer>) ctxt.handleUnexpectedToken(Map.class, p);
      return other;
    }
    Map<String, Integer> map = new LinkedHashMap<>();
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String key = p.currentName();
      p.nextToken();
      map.put(key, integer(p, ctxt));
    }
    return map;
  }

  /**
   * Moves from the start of an object to its first key: returns the current token, {@code
   * FIELD_NAME} for a key or {@code END_OBJECT} for {@code {}}.
   */
  static JsonToken firstField(JsonParser p, DeserializationContext ctxt, Class<?> type)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      return p.nextToken();
    }
    if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT) {
      return t;
    }
    ctxt.handleUnexpectedToken(type, p);
    throw JsonMappingException.from(p, "Expected a JSON object for " + type.getSimpleName());
  }

  /** Builds the value, turning a missing required key into a mapping error that names it. */
  static <T> T build(JsonParser p, Class<?> type, java.util.function.Supplier<T> build)
      throws JsonMappingException {
    try {
      return build.get();
    } catch (IllegalStateException | NullPointerException e) {
      throw JsonMappingException.from(p, "Cannot read a " + type.getSimpleName() + ": "
          + e.getMessage(), e);
    }
  }
}
