package io.github.patchwork4j.model.event;

import io.github.patchwork4j.model.CommentRef;
import io.github.patchwork4j.model.CoverRef;
import io.github.patchwork4j.model.EventCategory;
import org.immutables.value.Value;

/**
 * An event of category {@code cover-comment-created}. A reply to a cover letter arrived (API 1.3+,
 * hidden from older API versions; Patchwork 3.1.1+). {@link #actor()} is empty.
 */
@Value.Immutable
public abstract non-sealed class CoverCommentCreatedEvent implements Event {

  CoverCommentCreatedEvent() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutableCoverCommentCreatedEvent}
   */
  public static ImmutableCoverCommentCreatedEvent.Builder builder() {
    return ImmutableCoverCommentCreatedEvent.builder();
  }

  /**
   * Always {@link EventCategory#COVER_COMMENT_CREATED}.
   *
   * @return {@code cover-comment-created}
   */
  @Override
  public final EventCategory category() {
    return EventCategory.COVER_COMMENT_CREATED;
  }

  /**
   * The cover letter replied to.
   *
   * @return the value
   */
  public abstract CoverRef cover();

  /**
   * The new comment.
   *
   * @return the value
   */
  public abstract CommentRef comment();

  @Override
  public final <R> R accept(EventVisitor<R> visitor) {
    return visitor.visitCoverCommentCreated(this);
  }
}
