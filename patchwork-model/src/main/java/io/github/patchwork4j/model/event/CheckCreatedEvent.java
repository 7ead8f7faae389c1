package io.github.patchwork4j.model.event;

import io.github.patchwork4j.model.CheckRef;
import io.github.patchwork4j.model.EventCategory;
import io.github.patchwork4j.model.PatchRef;
import org.immutables.value.Value;

/**
 * An event of category {@code check-created}. A check was posted to a patch (API 1.0+). {@link
 * #actor()} is the check's user.
 */
@Value.Immutable
public abstract non-sealed class CheckCreatedEvent implements Event {

  CheckCreatedEvent() {}

  /**
   * A builder.
   *
   * @return a new builder of {@link ImmutableCheckCreatedEvent}
   */
  public static ImmutableCheckCreatedEvent.Builder builder() {
    return ImmutableCheckCreatedEvent.builder();
  }

  /**
   * Always {@link EventCategory#CHECK_CREATED}.
   *
   * @return {@code check-created}
   */
  @Override
  public final EventCategory category() {
    return EventCategory.CHECK_CREATED;
  }

  /**
   * The checked patch.
   *
   * @return the value
   */
  public abstract PatchRef patch();

  /**
   * The new check, without user (see {@link #actor()}) and description.
   *
   * @return the value
   */
  public abstract CheckRef check();

  @Override
  public final <R> R accept(EventVisitor<R> visitor) {
    return visitor.visitCheckCreated(this);
  }
}
