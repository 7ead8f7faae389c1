package io.github.patchwork4j.model.event;

import io.github.patchwork4j.model.CommentRef;
import io.github.patchwork4j.model.EventCategory;
import io.github.patchwork4j.model.PatchRef;
import org.immutables.value.Value;

/**
 * An event of category {@code patch-comment-created}. A reply to a patch arrived (API 1.3+, hidden
 * from older API versions; Patchwork 3.1.1+). {@link #actor()} is empty.
 */
@Value.Immutable
public abstract non-sealed class PatchCommentCreatedEvent implements Event {

  PatchCommentCreatedEvent() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutablePatchCommentCreatedEvent}
   */
  public static ImmutablePatchCommentCreatedEvent.Builder builder() {
    return ImmutablePatchCommentCreatedEvent.builder();
  }

  /**
   * Always {@link EventCategory#PATCH_COMMENT_CREATED}.
   *
   * @return {@code patch-comment-created}
   */
  @Override
  public final EventCategory category() {
    return EventCategory.PATCH_COMMENT_CREATED;
  }

  /**
   * The patch replied to.
   *
   * @return the value
   */
  public abstract PatchRef patch();

  /**
   * The new comment.
   *
   * @return the value
   */
  public abstract CommentRef comment();

  @Override
  public final <R> R accept(EventVisitor<R> visitor) {
    return visitor.visitPatchCommentCreated(this);
  }
}
