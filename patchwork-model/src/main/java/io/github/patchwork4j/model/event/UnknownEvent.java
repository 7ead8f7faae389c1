package io.github.patchwork4j.model.event;

import io.github.patchwork4j.model.EventCategory;
import io.github.patchwork4j.model.ProjectRef;
import io.github.patchwork4j.model.User;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An event of a category this SDK does not know, e.g. one added by a newer server. The server
 * documents categories as outside its versioning promise; such an event is kept, with its raw
 * payload, rather than dropped or failed on, and writes back to the same JSON.
 *
 * <p>The payload is plain Java, as JSON reads: a JSON object is an unmodifiable {@code
 * Map<String, Object>} in key order, an array an unmodifiable {@code List<Object>}, a string a
 * {@code String}, a number an {@code Integer}, {@code Long}, {@code BigInteger} or {@code
 * Double}, {@code true}/{@code false} a {@code Boolean}, and {@code null} is {@code null}.
 */
public final class UnknownEvent implements Event {

  private final long id;
  private final EventCategory category;
  private final ProjectRef project;
  private final LocalDateTime date;
  private final Optional<User> actor;
  private final Map<String, Object> payload;

  private UnknownEvent(Builder b) {
    this.id = b.id;
    this.category = Objects.requireNonNull(b.category, "category");
    this.project = Objects.requireNonNull(b.project, "project");
    this.date = Objects.requireNonNull(b.date, "date");
    this.actor = Optional.ofNullable(b.actor);
    this.payload = copyObject(b.payload);
  }

  /**
   * A builder; id, category, project and date must be set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public long id() {
    return id;
  }

  /**
   * The category as the server sent it.
   *
   * @return a category for which {@link EventCategory#isKnown()} is normally false
   */
  @Override
  public EventCategory category() {
    return category;
  }

  @Override
  public ProjectRef project() {
    return project;
  }

  @Override
  public LocalDateTime date() {
    return date;
  }

  @Override
  public Optional<User> actor() {
    return actor;
  }

  /**
   * The event's {@code payload} object as the server sent it, in plain Java types (see the class
   * description).
   *
   * @return an unmodifiable map, deeply immutable
   */
  public Map<String, Object> payload() {
    return payload;
  }

  @Override
  public <R> R accept(EventVisitor<R> visitor) {
    return visitor.visitUnknown(this);
  }

  private static Map<String, Object> copyObject(Map<String, ?> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "payload key"), copyValue(v)));
    return Collections.unmodifiableMap(copy);
  }

  private static Object copyValue(Object value) {
    if (value instanceof Map) {
      Map<String, Object> m = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> m.put(String.valueOf(k), v));
      return copyObject(m);
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<?>) value).forEach(v -> copy.add(copyValue(v)));
      return Collections.unmodifiableList(copy);
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof UnknownEvent)) {
      return false;
    }
    UnknownEvent e = (UnknownEvent) o;
    return id == e.id && category.equals(e.category) && project.equals(e.project)
        && date.equals(e.date) && actor.equals(e.actor) && payload.equals(e.payload);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, category, project, date, actor, payload);
  }

  @Override
  public String toString() {
    return "UnknownEvent{id=" + id + ", category=" + category + ", project=" + project.linkName()
        + ", date=" + date + ", actor=" + actor.map(User::username).orElse(null) + ", payload="
        + payload + "}";
  }

  /** Builds an {@link UnknownEvent}. */
  public static final class Builder {
    private long id;
    private EventCategory category;
    private ProjectRef project;
    private LocalDateTime date;
    private User actor;
    private Map<String, ?> payload = Map.of();

    private Builder() {}

    /**
     * Sets the event id.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(long id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the category.
     *
     * @param category the category
     * @return this builder
     */
    public Builder category(EventCategory category) {
      this.category = category;
      return this;
    }

    /**
     * Sets the project.
     *
     * @param project the embedded project
     * @return this builder
     */
    public Builder project(ProjectRef project) {
      this.project = project;
      return this;
    }

    /**
     * Sets the date.
     *
     * @param date the naive date-time
     * @return this builder
     */
    public Builder date(LocalDateTime date) {
      this.date = date;
      return this;
    }

    /**
     * Sets the actor.
     *
     * @param actor the user, or empty
     * @return this builder
     */
    public Builder actor(Optional<User> actor) {
      this.actor = actor.orElse(null);
      return this;
    }

    /**
     * Sets the actor.
     *
     * @param actor the user, or {@code null} for none
     * @return this builder
     */
    public Builder actor(User actor) {
      this.actor = actor;
      return this;
    }

    /**
     * Sets the payload; values as described on {@link UnknownEvent} ({@code null} values
     * allowed). It is copied.
     *
     * @param payload the payload object
     * @return this builder
     */
    public Builder payload(Map<String, ?> payload) {
      this.payload = Objects.requireNonNull(payload, "payload");
      return this;
    }

    /**
     * The event.
     *
     * @return a new immutable event
     * @throws NullPointerException if category, project or date is not set
     */
    public UnknownEvent build() {
      return new UnknownEvent(this);
    }
  }
}
