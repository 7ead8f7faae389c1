/**
 * The events of {@code GET /api/events/}: a sealed {@link io.github.patchwork4j.model.event.Event}
 * with one immutable type per category and a typed payload, and {@link
 * io.github.patchwork4j.model.event.UnknownEvent} for a category this SDK does not know. Read an
 * event with {@code instanceof} or an {@link io.github.patchwork4j.model.event.EventVisitor}.
 */
@PatchworkStyle
package io.github.patchwork4j.model.event;

import io.github.patchwork4j.model.PatchworkStyle;
