package io.github.patchwork4j.cli;

import java.util.function.Function;

/**
 * One column of a table or CSV output.
 *
 * @param header the header (upper case in tables, lower case in CSV)
 * @param value the cell's text for an item (never null; empty for nothing)
 * @param flexible true for the one column that is cut first when a table is too wide
 * @param <T> the item type
 */
record Column<T>(String header, Function<T, String> value, boolean flexible) {

  static <T> Column<T> of(String header, Function<T, String> value) {
    return new Column<>(header, value, false);
  }

  static <T> Column<T> flexible(String header, Function<T, String> value) {
    return new Column<>(header, value, true);
  }
}
