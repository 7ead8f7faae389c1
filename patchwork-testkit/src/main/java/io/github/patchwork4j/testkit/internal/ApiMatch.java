package io.github.patchwork4j.testkit.internal;

/**
 * A path under {@code /api/} that names a resource.
 *
 * @param route what the path names
 * @param prefix the version in the path ("1.2"), or null for the unversioned {@code /api/...}
 * @param minor the effective API version 1.{minor}
 */
record ApiMatch(Route route, String prefix, int minor) {
}
