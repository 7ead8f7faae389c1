/**
 * The exceptions of the client: all unchecked, all under
 * {@link io.github.patchwork4j.client.error.PatchworkException}, one per kind of answer a
 * Patchwork server gives (see each class), none ever carrying a credential.
 */
package io.github.patchwork4j.client.error;
