package io.github.patchwork4j.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.patchwork4j.model.CheckRef;
import io.github.patchwork4j.model.CommentRef;
import io.github.patchwork4j.model.CoverRef;
import io.github.patchwork4j.model.EventCategory;
import io.github.patchwork4j.model.PatchRef;
import io.github.patchwork4j.model.PatchState;
import io.github.patchwork4j.model.ProjectRef;
import io.github.patchwork4j.model.SeriesRef;
import io.github.patchwork4j.model.User;
import io.github.patchwork4j.model.event.CheckCreatedEvent;
import io.github.patchwork4j.model.event.CoverCommentCreatedEvent;
import io.github.patchwork4j.model.event.CoverCreatedEvent;
import io.github.patchwork4j.model.event.Event;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an event, choosing its type by {@code category}: a known category becomes its typed
 * event, any other an {@link UnknownEvent} with the raw payload. With {@code
 * FAIL_ON_UNKNOWN_PROPERTIES} on, a key the model does not know (top level or in a known
 * category's payload) fails the read, as it would for any other model type.
 */
final class EventDeserializer extends StdDeserializer<Event> {

  private static final long serialVersionUID = 1L;

  static final List<String> COMMON_KEYS =
      List.of("id", "category", "project", "date", "actor", "payload");

  private static final Map<EventCategory, List<String>> PAYLOAD_KEYS = Map.ofEntries(
      Map.entry(EventCategory.COVER_CREATED, List.of("cover")),
      Map.entry(EventCategory.PATCH_CREATED, List.of("patch")),
      Map.entry(EventCategory.PATCH_COMPLETED, List.of("patch", "series")),
      Map.entry(EventCategory.PATCH_STATE_CHANGED,
          List.of("patch", "previous_state", "current_state")),
      Map.entry(EventCategory.PATCH_DELEGATED,
          List.of("patch", "previous_delegate", "current_delegate")),
      Map.entry(EventCategory.PATCH_RELATION_CHANGED,
          List.of("patch", "previous_relation", "current_relation")),
      Map.entry(EventCategory.CHECK_CREATED, List.of("patch", "check")),
      Map.entry(EventCategory.SERIES_CREATED, List.of("series")),
      Map.entry(EventCategory.SERIES_COMPLETED, List.of("series")),
      Map.entry(EventCategory.COVER_COMMENT_CREATED, List.of("cover", "comment")),
      Map.entry(EventCategory.PATCH_COMMENT_CREATED, List.of("patch", "comment")));

  private final Class<?> target;

  EventDeserializer(Class<?> target) {
    super(Event.class);
    this.target = target;
  }

  @Override
  public Event deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode node = ctxt.readTree(p);
    if (!node.isObject()) {
      return ctxt.reportInputMismatch(this,
          "An event is a JSON object with id, category, project, date, actor and payload; got %s",
          node.getNodeType());
    }
    checkKeys(p, ctxt, node, COMMON_KEYS, "");
    EventCategory category = required(ctxt, node, "category", EventCategory.class);
    long id = required(ctxt, node, "id", Long.class);
    ProjectRef project = required(ctxt, node, "project", ProjectRef.class);
    LocalDateTime date = required(ctxt, node, "date", LocalDateTime.class);
    Optional<User> actor = optional(ctxt, node, "actor", User.class);
    JsonNode payload = node.path("payload");
    if (payload.isMissingNode() || payload.isNull()) {
      payload = ctxt.getNodeFactory().objectNode();
    } else if (!payload.isObject()) {
      return ctxt.reportInputMismatch(this, "Event %d: payload must be a JSON object, got %s", id,
          payload.getNodeType());
    }
    List<String> payloadKeys = PAYLOAD_KEYS.get(category);
    Event event;
    if (payloadKeys == null) {
      event = UnknownEvent.builder().id(id).category(category).project(project).date(date)
          .actor(actor).payload(plainObject(payload)).build();
    } else {
      checkKeys(p, ctxt, payload, payloadKeys, "payload.");
      event = typed(ctxt, category, payload, id, project, date, actor);
    }
    if (!target.isInstance(event)) {
      return ctxt.reportInputMismatch(this, "Event %d has category '%s', so it is a %s, not a %s",
          id, category, event.getClass().getSimpleName(), target.getSimpleName());
    }
    return event;
  }

  private static Event typed(DeserializationContext ctxt, EventCategory category, JsonNode p,
      long id, ProjectRef project, LocalDateTime date, Optional<User> actor) throws IOException {
    switch (category.value()) {
      case "cover-created":
        return CoverCreatedEvent.builder().id(id).project(project).date(date).actor(actor)
            .cover(required(ctxt, p, "cover", CoverRef.class)).build();
      case "patch-created":
        return PatchCreatedEvent.builder().id(id).project(project).date(date).actor(actor)
            .patch(required(ctxt, p, "patch", PatchRef.class)).build();
      case "patch-completed":
        return PatchCompletedEvent.builder().id(id).project(project).date(date).actor(actor)
            .patch(required(ctxt, p, "patch", PatchRef.class))
            .series(required(ctxt, p, "series", SeriesRef.class)).build();
      case "patch-state-changed":
        return PatchStateChangedEvent.builder().id(id).project(project).date(date).actor(actor)
            .patch(required(ctxt, p, "patch", PatchRef.class))
            .previousState(required(ctxt, p, "previous_state", PatchState.class))
            .currentState(required(ctxt, p, "current_state", PatchState.class)).build();
      case "patch-delegated":
        return PatchDelegatedEvent.builder().id(id).project(project).date(date).actor(actor)
            .patch(required(ctxt, p, "patch", PatchRef.class))
            .previousDelegate(optional(ctxt, p, "previous_delegate", User.class))
            .currentDelegate(optional(ctxt, p, "current_delegate", User.class)).build();
      case "patch-relation-changed":
        return PatchRelationChangedEvent.builder().id(id).project(project).date(date).actor(actor)
            .patch(required(ctxt, p, "patch", PatchRef.class)).build();
      case "check-created":
        return CheckCreatedEvent.builder().id(id).project(project).date(date).actor(actor)
            .patch(required(ctxt, p, "patch", PatchRef.class))
            .check(required(ctxt, p, "check", CheckRef.class)).build();
      case "series-created":
        return SeriesCreatedEvent.builder().id(id).project(project).date(date).actor(actor)
            .series(required(ctxt, p, "series", SeriesRef.class)).build();
      case "series-completed":
        return SeriesCompletedEvent.builder().id(id).project(project).date(date).actor(actor)
            .series(required(ctxt, p, "series", SeriesRef.class)).build();
      case "cover-comment-created":
        return CoverCommentCreatedEvent.builder().id(id).project(project).date(date).actor(actor)
            .cover(required(ctxt, p, "cover", CoverRef.class))
            .comment(required(ctxt, p, "comment", CommentRef.class)).build();
      case "patch-comment-created":
        return PatchCommentCreatedEvent.builder().id(id).project(project).date(date).actor(actor)
            .patch(required(ctxt, p, "patch", PatchRef.class))
            .comment(required(ctxt, p, "comment", CommentRef.class)).build();
      default:
        throw new IllegalStateException("no payload reader for known category " + category);
    }
  }

  private void checkKeys(JsonParser p, DeserializationContext ctxt, JsonNode object,
      List<String> known, String prefix) throws IOException {
    if (!ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
      return;
    }
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw UnrecognizedPropertyException.from(p, target, prefix + name, new ArrayList<>(known));
      }
    }
  }

  private static <T> T required(DeserializationContext ctxt, JsonNode object, String key,
      Class<T> type) throws IOException {
    JsonNode value = object.get(key);
    if (value == null || value.isNull()) {
      return ctxt.reportInputMismatch(type,
          "An event lacks '%s' (or it is null), which the server always sends for this category",
          key);
    }
    return read(ctxt, value, key, type);
  }

  private static <T> Optional<T> optional(DeserializationContext ctxt, JsonNode object,
      String key, Class<T> type) throws IOException {
    JsonNode value = object.get(key);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    return Optional.of(read(ctxt, value, key, type));
  }

  private static <T> T read(DeserializationContext ctxt, JsonNode value, String key,
      Class<T> type) throws IOException {
    try {
      return ctxt.readTreeAsValue(value, type);
    } catch (JsonMappingException e) {
      throw JsonMappingException.wrapWithPath(e, Event.class, key);
    }
  }

  private static Map<String, Object> plainObject(JsonNode object) {
    Map<String, Object> map = new LinkedHashMap<>();
    object.properties().forEach(f -> map.put(f.getKey(), plain(f.getValue())));
    return map;
  }

  private static Object plain(JsonNode node) {
    if (node.isObject()) {
      return plainObject(node);
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(n -> list.add(plain(n)));
      return list;
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    return null;
  }
}
