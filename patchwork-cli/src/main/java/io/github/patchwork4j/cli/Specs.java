package io.github.patchwork4j.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * pw4j's picocli model, built in code. picocli can read it from annotations, but then it reads
 * every annotation through reflection, and the JDK makes a proxy class for each annotation type
 * it meets: about half of picocli's start-up, paid by every run. The parsed values stay in the
 * option and parameter specs ({@code getValue()}).
 */
final class Specs {

  private Specs() {}

  /**
   * A command that runs {@code command} when named.
   *
   * @param command what runs: a leaf command, or {@code null} for a group
   * @param name the command's name
   * @param description the paragraphs of its help
   * @param examples the example lines under "Example:" at the end of its help
   * @return the command's model, without options
   */
  static CommandSpec command(Object command, String name, String[] description, String... examples) {
    CommandSpec spec = command == null ? CommandSpec.create() : CommandSpec.wrapWithoutInspection(command);
    spec.name(name);
    String[] footer = new String[examples.length + 2];
    footer[0] = "";
    footer[1] = examples.length == 1 ? "Example:" : "Examples:";
    for (int i = 0; i < examples.length; i++) {
      footer[i + 2] = "  " + examples[i];
    }
    spec.usageMessage().description(description).footer(footer).sortOptions(false);
    return spec;
  }

  /** {@link #command(Object, String, String[], String...)} with a one-paragraph description. */
  static CommandSpec command(Object command, String name, String description, String... examples) {
    return command(command, name, new String[] {description}, examples);
  }

  /**
   * An option with a value, such as {@code --state new}.
   *
   * @param name the option's name
   * @param label what its value is called in the help
   * @param type the value's type
   * @param description its help
   * @return the option; {@code getValue()} is null when it was not given
   */
  static OptionSpec option(String name, String label, Class<?> type, String description) {
    return OptionSpec.builder(name).paramLabel(label).type(type).description(description).build();
  }

  /** An option that may be given several times; its value is a list, null when not given. */
  static OptionSpec repeatable(String name, String label, String description) {
    return OptionSpec.builder(name).paramLabel(label).type(java.util.List.class).auxiliaryTypes(String.class)
        .description(description).build();
  }

  /** An option without a value, such as {@code --archived}; its value is true when given. */
  static OptionSpec flag(String name, String description) {
    return OptionSpec.builder(name).type(boolean.class).initialValue(false).description(description).build();
  }

  /**
   * A positional parameter that must be given.
   *
   * @param index its position ("0", "1") or range
   * @param label what it is called in the help
   * @param type the value's type
   * @param description its help
   * @return the parameter
   */
  static PositionalParamSpec parameter(String index, String label, Class<?> type, String description) {
    return PositionalParamSpec.builder().index(index).arity("1").required(true).paramLabel(label).type(type)
        .description(description).build();
  }

  /**
   * The file a download command writes, its second parameter.
   *
   * @return the parameter; {@code -} means standard output
   */
  static PositionalParamSpec outputFile() {
    return parameter("1", "FILE", String.class, "Where to write it; - for stdout.");
  }
}
