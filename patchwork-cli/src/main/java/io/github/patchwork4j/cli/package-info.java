/**
 * {@code pw4j}: Patchwork from a shell or a CI pipeline, built on the public patchwork4j client.
 *
 * <p>{@link io.github.patchwork4j.cli.Main} is the entry point; {@link
 * io.github.patchwork4j.cli.Main#run} runs one command line against given streams and environment
 * and answers the exit code (see {@link io.github.patchwork4j.cli.ExitCodes}).
 */
package io.github.patchwork4j.cli;
