package io.github.patchwork4j.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.patchwork4j.model.MailHeaders;
import java.io.IOException;
import java.util.List;

/**
 * Reads the {@code headers} object of a patch, cover letter or comment token by token: each key
 * is a header name in mail order, its value a string, a list of strings (a header the mail has
 * several times), or {@code null} (kept as a name without values). Other values are kept as their
 * text; {@code "headers": null} reads as no headers. Reading it this way spares the first patch detail of a process Jackson's reflective set-up
 * of the {@link MailHeaders} creator.
 */
final class MailHeadersDeserializer extends StdDeserializer<MailHeaders> {

  private static final long serialVersionUID = 1L;

  MailHeadersDeserializer() {
    super(MailHeaders.class);
  }

  @Override
  public boolean isCachable() {
    return true;
  }

  @Override
  public MailHeaders deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return MailHeaders.empty();
    }
    if (t == JsonToken.START_OBJECT) {
      t = p.nextToken();
    }
    if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
      return (MailHeaders) ctxt.handleUnexpectedToken(MailHeaders.class, p);
    }
    MailHeaders.Builder b = MailHeaders.builder();
    for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      b.addAll(name, List.of());
      JsonToken v = p.nextToken();
      if (v == JsonToken.START_ARRAY) {
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          if (e != JsonToken.VALUE_NULL) {
            b.add(name, text(p, ctxt, e));
          }
        }
      } else if (v != JsonToken.VALUE_NULL) {
        b.add(name, text(p, ctxt, v));
      }
    }
    return b.build();
  }

  /** A scalar as its text; an object or array as the text Java gives the value Jackson reads. */
  private static String text(JsonParser p, DeserializationContext ctxt, JsonToken t) throws IOException {
    if (t.isScalarValue()) {
      return p.getText();
    }
    return String.valueOf(ctxt.readValue(p, Object.class));
  }

  @Override
  public MailHeaders getNullValue(DeserializationContext ctxt) {
    return MailHeaders.empty();
  }
}
