package io.github.patchwork4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that does something (as opposed to a group such as {@code patch}). */
abstract class Leaf implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  /** The run this command belongs to. */
  Pw4j app() {
    return (Pw4j) spec.root().userObject();
  }
}
