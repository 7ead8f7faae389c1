package io.github.patchwork4j.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The {@code category} of an event of {@code GET /api/events/} (API 1.0+).
 *
 * <p>The server documents categories as outside its versioning promise: a newer server may send
 * a category this SDK does not know. Such a value is kept as it is ({@link #isKnown()} is false)
 * and its event reads as an {@code UnknownEvent}.
 */
public final class EventCategory {

  /** {@code cover-created}: a cover letter arrived. */
  public static final EventCategory COVER_CREATED = new EventCategory("cover-created");
  /** {@code patch-created}: a patch arrived. */
  public static final EventCategory PATCH_CREATED = new EventCategory("patch-created");
  /** {@code patch-completed}: a patch of a series got all its lower-numbered siblings. */
  public static final EventCategory PATCH_COMPLETED = new EventCategory("patch-completed");
  /** {@code patch-state-changed}: someone changed a patch's state. */
  public static final EventCategory PATCH_STATE_CHANGED =
      new EventCategory("patch-state-changed");
  /** {@code patch-delegated}: someone set or cleared a patch's delegate. */
  public static final EventCategory PATCH_DELEGATED = new EventCategory("patch-delegated");
  /** {@code patch-relation-changed} (Patchwork 2.2+): a patch's {@code related} changed. */
  public static final EventCategory PATCH_RELATION_CHANGED =
      new EventCategory("patch-relation-changed");
  /** {@code check-created}: a check was posted to a patch. */
  public static final EventCategory CHECK_CREATED = new EventCategory("check-created");
  /** {@code series-created}: a series was started by its first mail. */
  public static final EventCategory SERIES_CREATED = new EventCategory("series-created");
  /** {@code series-completed}: a series got all its patches (may fire more than once). */
  public static final EventCategory SERIES_COMPLETED = new EventCategory("series-completed");
  /** {@code cover-comment-created} (API 1.3+; hidden from older versions): a cover comment. */
  public static final EventCategory COVER_COMMENT_CREATED =
      new EventCategory("cover-comment-created");
  /** {@code patch-comment-created} (API 1.3+; hidden from older versions): a patch comment. */
  public static final EventCategory PATCH_COMMENT_CREATED =
      new EventCategory("patch-comment-created");

  private static final List<EventCategory> KNOWN =
      List.of(COVER_CREATED, PATCH_CREATED, PATCH_COMPLETED, PATCH_STATE_CHANGED, PATCH_DELEGATED,
          PATCH_RELATION_CHANGED, CHECK_CREATED, SERIES_CREATED, SERIES_COMPLETED,
          COVER_COMMENT_CREATED, PATCH_COMMENT_CREATED);

  private final String value;

  private EventCategory(String value) {
    this.value = value;
  }

  /**
   * The category with this value, exactly as the server spells it.
   *
   * @param value e.g. {@code "patch-created"}; any other non-blank value is kept
   * @return the category (one of the constants when known)
   * @throws IllegalArgumentException if the value is blank
   */
  @JsonCreator
  public static EventCategory of(String value) {
    Objects.requireNonNull(value, "event category");
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "An event category cannot be blank; known categories are " + KNOWN + ".");
    }
    for (EventCategory c : KNOWN) {
      if (c.value.equals(value)) {
        return c;
      }
    }
    return new EventCategory(value);
  }

  /**
   * The eleven categories this SDK knows.
   *
   * @return an unmodifiable list
   */
  public static List<EventCategory> known() {
    return KNOWN;
  }

  /**
   * The value as the server sends it, and as the events {@code ?category=} filter takes it.
   *
   * @return e.g. {@code "check-created"}
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * Whether this is one of the eleven categories this SDK knows.
   *
   * @return false for a category of a newer server
   */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventCategory && ((EventCategory) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * The value.
   *
   * @return e.g. {@code "patch-created"}
   */
  @Override
  public String toString() {
    return value;
  }
}
