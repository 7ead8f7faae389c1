package io.github.patchwork4j.examples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The examples' command lines: {@code --name value} options, {@code --flag}s and plain words. */
final class Args {

  private final Map<String, String> values = new HashMap<>();
  private final List<String> flags = new ArrayList<>();
  private final List<String> words = new ArrayList<>();

  private Args() {
  }

  /**
   * Reads the arguments; {@code options} lists the names that take a value, {@code flags} those
   * that do not.
   *
   * @throws IllegalArgumentException for an unknown option or a missing value (the message lists
   *     the known ones)
   */
  static Args parse(String[] args, Set<String> options, Set<String> flags) {
    Args a = new Args();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (options.contains(arg)) {
        if (i + 1 == args.length) {
          throw new IllegalArgumentException(arg + " needs a value");
        }
        a.values.put(arg, args[++i]);
      } else if (flags.contains(arg)) {
        a.flags.add(arg);
      } else if (arg.startsWith("--")) {
        throw new IllegalArgumentException("unknown option " + arg + "; known: " + options + " " + flags);
      } else {
        a.words.add(arg);
      }
    }
    return a;
  }

  Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  boolean flag(String name) {
    return flags.contains(name);
  }

  List<String> words() {
    return words;
  }
}
