package io.github.patchwork4j.model.event;

/**
 * Does something per event type: override the methods of the categories you care about and
 * {@link #otherwise(Event)} for the rest, which also receives {@link UnknownEvent}s unless {@link
 * #visitUnknown(UnknownEvent)} is overridden. A category added in a later version of this SDK
 * goes to {@code otherwise} in visitors written before it.
 *
 * <pre>{@code
 * String text = event.accept(new EventVisitor<String>() {
 *   public String visitPatchStateChanged(PatchStateChangedEvent e) {
 *     return e.patch().name() + ": " + e.previousState() + " -> " + e.currentState();
 *   }
 *   public String otherwise(Event e) {
 *     return e.category().value();
 *   }
 * });
 * }</pre>
 *
 * @param <R> what the visit returns ({@code Void} for nothing)
 */
public interface EventVisitor<R> {

  /**
   * A {@code cover-created} event.
   *
   * @param event the event
   * @return by default, {@link #otherwise(Event)}
   */
  default R visitCoverCreated(CoverCreatedEvent event) {
    return otherwise(event);
  }

  /**
   * A {@code patch-created} event.
   *
   * @param event the event
   * @return by default, {@link #otherwise(Event)}
   */
  default R visitPatchCreated(PatchCreatedEvent event) {
    return otherwise(event);
  }

  /**
   * A {@code patch-completed} event.
   *
   * @param event the event
   * @return by default, {@link #otherwise(Event)}
   */
  default R visitPatchCompleted(PatchCompletedEvent event) {
    return otherwise(event);
  }

  /**
   * A {@code patch-state-changed} event.
   *
   * @param event the event
   * @return by default, {@link #otherwise(Event)}
   */
  default R visitPatchStateChanged(PatchStateChangedEvent event) {
    return otherwise(event);
  }

  /**
   * A {@code patch-delegated} event.
   *
   * @param event the event
   * @return by default, {@link #otherwise(Event)}
   */
  default R visitPatchDelegated(PatchDelegatedEvent event) {
    return otherwise(event);
  }

  /**
   * A {@code patch-relation-changed} event.
   *
   * @param event the event
   * @return by default, {@link #otherwise(Event)}
   */
  default R visitPatchRelationChanged(PatchRelationChangedEvent event) {
    return otherwise(event);
  }

  /**
   * A {@code check-created} event.
   *
   * @param event the event
   * @return by default, {@link #otherwise(Event)}
   */
  default R visitCheckCreated(CheckCreatedEvent event) {
    return otherwise(event);
  }

  /**
   * A {@code series-created} event.
   *
   * @param event the event
   * @return by default, {@link #otherwise(Event)}
   */
  default R visitSeriesCreated(SeriesCreatedEvent event) {
    return otherwise(event);
  }

  /**
   * A {@code series-completed} event.
   *
   * @param event the event
   * @return by default, {@link #otherwise(Event)}
   */
  default R visitSeriesCompleted(SeriesCompletedEvent event) {
    return otherwise(event);
  }

  /**
   * A {@code cover-comment-created} event.
   *
   * @param event the event
   * @return by default, {@link #otherwise(Event)}
   */
  default R visitCoverCommentCreated(CoverCommentCreatedEvent event) {
    return otherwise(event);
  }

  /**
   * A {@code patch-comment-created} event.
   *
   * @param event the event
   * @return by default, {@link #otherwise(Event)}
   */
  default R visitPatchCommentCreated(PatchCommentCreatedEvent event) {
    return otherwise(event);
  }

  /**
   * An event of a category this SDK does not know.
   *
   * @param event the event, with its raw payload
   * @return by default, {@link #otherwise(Event)}
   */
  default R visitUnknown(UnknownEvent event) {
    return otherwise(event);
  }

  /**
   * Any event whose method is not overridden.
   *
   * @param event the event
   * @return the visitor's result
   */
  R otherwise(Event event);
}
