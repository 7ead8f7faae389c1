/**
 * Runnable programs that use patchwork4j the way a bot does: {@link
 * io.github.patchwork4j.examples.Demo} (the tour), {@link
 * io.github.patchwork4j.examples.CheckReporter} (a CI bot that follows events and posts a check
 * per patch, never twice), {@link io.github.patchwork4j.examples.StateSyncer} (accepts patches
 * whose diff landed in a git branch, matched by {@link io.github.patchwork4j.model.DiffHash}) and
 * {@link io.github.patchwork4j.examples.SeriesDownloader} (a series as an mbox for {@code git am}). Each runs against an embedded {@code FakePatchwork}, or a real server when {@code PW_URL}
 * (and {@code PW_TOKEN}) are set.
 */
package io.github.patchwork4j.examples;
