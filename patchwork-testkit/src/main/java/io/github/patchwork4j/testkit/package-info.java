/**
 * A fake Patchwork server for tests: {@link io.github.patchwork4j.testkit.FakePatchwork}, the
 * recorded fixtures it is seeded from ({@code Fixtures}) and a recorder for your own server's
 * answers ({@code Recorder}).
 */
package io.github.patchwork4j.testkit;
