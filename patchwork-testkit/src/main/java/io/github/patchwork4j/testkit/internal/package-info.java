/**
 * The fake server's machinery: data set, state, routing, rendering. Not API: anything here may
 * change without notice.
 */
package io.github.patchwork4j.testkit.internal;
