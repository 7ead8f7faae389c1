package io.github.patchwork4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** A command that does something (as opposed to a group such as {@code patch}). */
abstract class Leaf implements Callable<Integer> {

  private CommandSpec spec;

  /**
   * Builds this command's model: name, help, options and parameters (see {@link Specs}).
   *
   * @return the model, running this command
   */
  abstract CommandSpec define();

  /** This command's model, built on first use. */
  final CommandSpec spec() {
    if (spec == null) {
      spec = define();
    }
    return spec;
  }

  /** The run this command belongs to. */
  Pw4j app() {
    return (Pw4j) spec().root().userObject();
  }
}
