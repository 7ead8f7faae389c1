package io.github.patchwork4j.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.patchwork4j.model.event.CheckCreatedEvent;
import io.github.patchwork4j.model.event.CoverCommentCreatedEvent;
import io.github.patchwork4j.model.event.CoverCreatedEvent;
import io.github.patchwork4j.model.event.Event;
import io.github.patchwork4j.model.event.EventVisitor;
import io.github.patchwork4j.model.event.PatchCommentCreatedEvent;
import io.github.patchwork4j.model.event.PatchCompletedEvent;
import io.github.patchwork4j.model.event.PatchCreatedEvent;
import io.github.patchwork4j.model.event.PatchDelegatedEvent;
import io.github.patchwork4j.model.event.PatchRelationChangedEvent;
import io.github.patchwork4j.model.event.PatchStateChangedEvent;
import io.github.patchwork4j.model.event.SeriesCompletedEvent;
import io.github.patchwork4j.model.event.SeriesCreatedEvent;
import io.github.patchwork4j.model.event.UnknownEvent;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes an event as the server does: common keys, then its payload object. */
final class EventSerializer extends StdSerializer<Event> {

  private static final long serialVersionUID = 1L;

  EventSerializer() {
    super(Event.class);
  }

  @Override
  public void serialize(Event event, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(event);
    gen.writeNumberField("id", event.id());
    provider.defaultSerializeField("category", event.category(), gen);
    provider.defaultSerializeField("project", event.project(), gen);
    provider.defaultSerializeField("date", event.date(), gen);
    provider.defaultSerializeField("actor", event.actor().orElse(null), gen);
    provider.defaultSerializeField("payload", event.accept(PAYLOAD), gen);
    gen.writeEndObject();
  }

  private static final EventVisitor<Map<String, Object>> PAYLOAD = new EventVisitor<>() {
    @Override
    public Map<String, Object> visitCoverCreated(CoverCreatedEvent e) {
      return payload("cover", e.cover());
    }

    @Override
    public Map<String, Object> visitPatchCreated(PatchCreatedEvent e) {
      return payload("patch", e.patch());
    }

    @Override
    public Map<String, Object> visitPatchCompleted(PatchCompletedEvent e) {
      return payload("patch", e.patch(), "series", e.series());
    }

    @Override
    public Map<String, Object> visitPatchStateChanged(PatchStateChangedEvent e) {
      return payload("patch", e.patch(), "previous_state", e.previousState(), "current_state",
          e.currentState());
    }

    @Override
    public Map<String, Object> visitPatchDelegated(PatchDelegatedEvent e) {
      return payload("patch", e.patch(), "previous_delegate", e.previousDelegate().orElse(null),
          "current_delegate", e.currentDelegate().orElse(null));
    }

    @Override
    public Map<String, Object> visitPatchRelationChanged(PatchRelationChangedEvent e) {
      return payload("patch", e.patch(), "previous_relation", null, "current_relation", null);
    }

    @Override
    public Map<String, Object> visitCheckCreated(CheckCreatedEvent e) {
      return payload("patch", e.patch(), "check", e.check());
    }

    @Override
    public Map<String, Object> visitSeriesCreated(SeriesCreatedEvent e) {
      return payload("series", e.series());
    }

    @Override
    public Map<String, Object> visitSeriesCompleted(SeriesCompletedEvent e) {
      return payload("series", e.series());
    }

    @Override
    public Map<String, Object> visitCoverCommentCreated(CoverCommentCreatedEvent e) {
      return payload("cover", e.cover(), "comment", e.comment());
    }

    @Override
    public Map<String, Object> visitPatchCommentCreated(PatchCommentCreatedEvent e) {
      return payload("patch", e.patch(), "comment", e.comment());
    }

    @Override
    public Map<String, Object> visitUnknown(UnknownEvent e) {
      return e.payload();
    }

    @Override
    public Map<String, Object> otherwise(Event e) {
      throw new IllegalStateException("no payload writer for " + e.getClass().getName());
    }
  };

  private static Map<String, Object> payload(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
