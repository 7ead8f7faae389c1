/**
 * The Patchwork REST API client: {@link io.github.patchwork4j.client.PatchworkClient} and its
 * builder, the resource groups (one per API resource), the immutable queries (one per list
 * endpoint), {@link io.github.patchwork4j.client.Paginated} lists, and downloads.
 */
package io.github.patchwork4j.client;
