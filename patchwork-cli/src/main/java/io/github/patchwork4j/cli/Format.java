package io.github.patchwork4j.cli;

/** How {@code pw4j} prints what it read. */
enum Format {
  /** Aligned columns for people, fitted to the terminal's width. */
  TABLE,
  /** RFC 4180 comma-separated values with a header row. */
  CSV,
  /**
   * The API's JSON: an array for a list, an object for one item, one object per line for a
   * stream of events.
   */
  JSON
}
