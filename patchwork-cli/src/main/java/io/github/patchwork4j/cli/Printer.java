package io.github.patchwork4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.patchwork4j.model.json.PatchworkJson;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Prints items in the chosen {@link Format} to stdout: lists (every item, then done), single
 * items, and streams (each item as it comes).
 */
final class Printer {

  private static ObjectMapper mapper;

  private final PrintStream out;
  private final Format format;
  private final Terminal terminal;

  Printer(PrintStream out, Format format, Terminal terminal) {
    this.out = out;
    this.format = format;
    this.terminal = terminal;
  }

  Format format() {
    return format;
  }

  /** The API's JSON mapper; built on first use (it is the slowest thing to start). */
  static synchronized ObjectMapper mapper() {
    if (mapper == null) {
      mapper = PatchworkJson.mapper();
    }
    return mapper;
  }

  /**
   * Prints every item: a table, CSV with a header row, or a JSON array (written as items
   * arrive).
   */
  <T> void list(Iterator<T> items, List<Column<T>> columns) {
    switch (format) {
      case JSON -> {
        ObjectWriter w = mapper().writer();
        out.print('[');
        boolean first = true;
        while (items.hasNext()) {
          out.print(first ? "\n  " : ",\n  ");
          out.print(json(w, items.next()));
          first = false;
        }
        out.println(first ? "]" : "\n]");
      }
      case CSV -> {
        out.print(csvLine(headers(columns, false)));
        while (items.hasNext()) {
          out.print(csvLine(cells(items.next(), columns)));
        }
      }
      case TABLE -> {
        List<List<String>> rows = new ArrayList<>();
        while (items.hasNext()) {
          rows.add(cells(items.next(), columns));
        }
        table(columns, rows);
      }
    }
    out.flush();
  }

  /** Prints one item: field/value lines, CSV with a header row, or a JSON object. */
  <T> void item(T item, List<Column<T>> fields) {
    switch (format) {
      case JSON -> out.println(json(mapper().writerWithDefaultPrettyPrinter(), item));
      case CSV -> {
        out.print(csvLine(headers(fields, false)));
        out.print(csvLine(cells(item, fields)));
      }
      case TABLE -> {
        int width = 0;
        for (Column<T> f : fields) {
          width = Math.max(width, f.header().length());
        }
        for (Column<T> f : fields) {
          String value = f.value().apply(item);
          if (!value.isEmpty()) {
            out.println(pad(f.header(), width) + "  " + value.replace("\n", "\n" + " ".repeat(width + 2)));
          }
        }
      }
    }
    out.flush();
  }

  /** Starts a stream: the CSV header; nothing in other formats. */
  <T> void streamStart(List<Column<T>> columns) {
    if (format == Format.CSV) {
      out.print(csvLine(headers(columns, false)));
      out.flush();
    }
  }

  /** Prints one item of a stream on one line and flushes. */
  <T> void streamItem(T item, List<Column<T>> columns) {
    switch (format) {
      case JSON -> out.println(json(mapper().writer(), item));
      case CSV -> out.print(csvLine(cells(item, columns)));
      case TABLE -> out.println(fit(String.join("  ", cells(item, columns))));
    }
    out.flush();
  }

  /** Prints a line of plain text (a message that is the command's result). */
  void line(String text) {
    out.println(text);
    out.flush();
  }

  private static String json(ObjectWriter w, Object value) {
    try {
      return w.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private static <T> List<String> headers(List<Column<T>> columns, boolean upper) {
    List<String> h = new ArrayList<>();
    for (Column<T> c : columns) {
      h.add(upper ? c.header().toUpperCase(Locale.ROOT) : c.header().toLowerCase(Locale.ROOT).replace(' ', '_'));
    }
    return h;
  }

  private static <T> List<String> cells(T item, List<Column<T>> columns) {
    List<String> row = new ArrayList<>();
    for (Column<T> c : columns) {
      String v = c.value().apply(item);
      row.add(v == null ? "" : v);
    }
    return row;
  }

  /** One CSV record (RFC 4180 quoting, lines end with LF): fields with a comma, quote or line break are quoted. */
  static String csvLine(List<String> cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      String c = cells.get(i);
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
        b.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        b.append(c);
      }
    }
    return b.append('\n').toString();
  }

  private <T> void table(List<Column<T>> columns, List<List<String>> rows) {
    int n = columns.size();
    int[] widths = new int[n];
    List<String> head = headers(columns, true);
    for (int i = 0; i < n; i++) {
      widths[i] = head.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], oneLine(row.get(i)).length());
      }
    }
    shrink(columns, widths);
    out.println(row(head, widths));
    for (List<String> r : rows) {
      out.println(row(r, widths));
    }
  }

  /** Narrows columns until the table fits the terminal: the flexible one first, then the widest. */
  private <T> void shrink(List<Column<T>> columns, int[] widths) {
    int limit = terminal.columns();
    if (limit <= 0) {
      return;
    }
    int total = 2 * (widths.length - 1);
    for (int w : widths) {
      total += w;
    }
    for (int i = 0; i < widths.length && total > limit; i++) {
      if (columns.get(i).flexible()) {
        int cut = Math.min(total - limit, widths[i] - 12);
        if (cut > 0) {
          widths[i] -= cut;
          total -= cut;
        }
      }
    }
    while (total > limit) {
      int widest = 0;
      for (int i = 1; i < widths.length; i++) {
        if (widths[i] > widths[widest]) {
          widest = i;
        }
      }
      if (widths[widest] <= 6) {
        break;
      }
      widths[widest]--;
      total--;
    }
  }

  private static String row(List<String> cells, int[] widths) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      String c = cut(oneLine(cells.get(i)), widths[i]);
      b.append(i == widths.length - 1 ? c : pad(c, widths[i] + 2));
    }
    return b.toString().stripTrailing();
  }

  private String fit(String line) {
    int limit = terminal.columns();
    return limit > 0 ? cut(oneLine(line), limit) : line;
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }

  private static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, Math.max(0, width - 3)) + "...";
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
