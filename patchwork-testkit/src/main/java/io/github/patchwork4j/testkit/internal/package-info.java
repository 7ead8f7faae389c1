/**
 * The fake server's machinery. Not API: anything here may change without notice.
 *
 * <p>A request flows: {@link io.github.patchwork4j.testkit.internal.Bridge} (WireMock) to {@code
 * Server}, which matches the path ({@code Route} / {@code ApiMatch} for {@code /api/}, {@code
 * WebRoute} for the web side), authenticates ({@code Auth}: a sealed {@code Principal}) and hands
 * the {@code Req} to the one {@code Resource} handler its route kind maps to. Handlers read the
 * body with {@code Body}/{@code Fields} (JSON in), work on {@code Store}'s typed rows ({@code
 * *Row} records, immutable, parsed once per data set by {@code Seed}) and answer through {@code
 * Render} (JSON out). A failed step is a returned {@code Result.Fail} carrying its {@code Reply};
 * nothing is thrown to answer a request. {@code Given} inserts rows as the server would have
 * created them (the test hooks, and the entry point for mail intake), emitting events through
 * {@code Events}.
 */
package io.github.patchwork4j.testkit.internal;
