package io.github.patchwork4j.cli;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Where {@link System.Logger}s write in {@code pw4j} (a service of {@code java.base}, named in
 * this jar's {@code META-INF/services}): nowhere, unless {@code --debug} was given; then
 * informational messages and worse go to stderr, one line each.
 *
 * <p>The client logs retries and odd answers as warnings; pw4j reports failures itself, in two
 * lines. Without this, every run would also set up {@code java.util.logging} (read its
 * configuration, create its levels and handlers), only to turn it off: a measurable part of a
 * short command's start-up.
 */
public final class StderrLoggerFinder extends System.LoggerFinder {

  private static volatile boolean verbose;

  /** The finder, made by {@link java.util.ServiceLoader} when a logger is first asked for. */
  public StderrLoggerFinder() {}

  /**
   * Turns the messages on or off for the whole process.
   *
   * @param on true to write them to stderr
   */
  static void verbose(boolean on) {
    verbose = on;
  }

  @Override
  public System.Logger getLogger(String name, Module module) {
    return new Line(name);
  }

  /** A logger that writes a line to stderr when pw4j is verbose. */
  private static final class Line implements System.Logger {
    private final String name;

    Line(String name) {
      this.name = name;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean isLoggable(Level level) {
      return verbose && level != Level.OFF && level.getSeverity() >= Level.INFO.getSeverity();
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
      if (isLoggable(level)) {
        write(level, msg, thrown);
      }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      if (isLoggable(level)) {
        write(level, params == null || params.length == 0 ? format : MessageFormat.format(format, params), null);
      }
    }

    private void write(Level level, String msg, Throwable thrown) {
      System.err.println("pw4j: " + level.getName().toLowerCase(java.util.Locale.ROOT) + ": " + name + ": " + msg
          + (thrown == null ? "" : " (" + thrown + ")"));
    }
  }
}
