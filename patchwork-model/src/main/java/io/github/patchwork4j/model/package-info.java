/**
 * The Patchwork REST API's resources as immutable Java values: {@link
 * io.github.patchwork4j.model.Patch}, {@link io.github.patchwork4j.model.Series}, {@link
 * io.github.patchwork4j.model.Cover}, comments, checks, projects, people, users, bundles, the
 * embedded {@code ...Ref} forms, and the open value types ({@link
 * io.github.patchwork4j.model.PatchState}, {@link io.github.patchwork4j.model.CheckState}, {@link
 * io.github.patchwork4j.model.EventCategory}, {@link io.github.patchwork4j.model.ApiVersion}) that
 * keep values this SDK does not know.
 *
 * <p>One type reads every API version (1.0 to 1.4): a field newer than 1.0, or sent only in a
 * detail view, is an {@code Optional} or a collection that is empty when the server did not send
 * it. JSON {@code null} and an absent key read the same. Read and write these types with {@link
 * io.github.patchwork4j.model.json.PatchworkJson#mapper()}.
 */
@PatchworkStyle
package io.github.patchwork4j.model;
