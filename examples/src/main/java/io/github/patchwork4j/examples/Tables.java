package io.github.patchwork4j.examples;

import io.github.patchwork4j.model.Patch;
import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Small text tables and quoting for the examples' output. */
final class Tables {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final int NAME_WIDTH = 56;

  private Tables() {
  }

  /** Patches as rows: id, state, combined check, date, name. */
  static void patches(PrintStream out, List<Patch> patches) {
    if (patches.isEmpty()) {
      out.println("  (no patches)");
      return;
    }
    String row = "  %7s  %-17s  %-7s  %-16s  %s%n";
    out.printf(row, "ID", "STATE", "CHECK", "DATE", "NAME");
    for (Patch p : patches) {
      out.printf(row, p.id(), p.state(), p.check().value(), DATE.format(p.date()), shorten(p.name()));
    }
  }

  /** The text in single quotes, shortened to fit a line. */
  static String quote(String text) {
    return "'" + shorten(text) + "'";
  }

  private static String shorten(String text) {
    return text.length() <= NAME_WIDTH ? text : text.substring(0, NAME_WIDTH - 1) + "...";
  }
}
