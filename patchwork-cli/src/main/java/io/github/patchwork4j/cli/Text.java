package io.github.patchwork4j.cli;

import io.github.patchwork4j.model.Submitter;
import io.github.patchwork4j.model.User;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** How values read from the server are written in tables and CSV, and how dates are read from options. */
final class Text {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private Text() {}

  /** A server date (naive, in the server's time zone) as {@code 2024-05-01 10:00:00}. */
  static String date(LocalDateTime date) {
    return date == null ? "" : DATE.format(date);
  }

  /** {@code Name <email>}, or the address alone. */
  static String person(Submitter s) {
    return s.name().filter(n -> !n.isBlank()).map(n -> n + " <" + s.email() + ">").orElse(s.email());
  }

  /** The user name, or empty. */
  static String user(Optional<User> u) {
    return u.map(User::username).orElse("");
  }

  /** The value, or empty. */
  static String of(Optional<?> value) {
    return value.map(String::valueOf).orElse("");
  }

  /**
   * Reads a date given on the command line: {@code 2024-05-01}, {@code 2024-05-01T10:00} or
   * {@code 2024-05-01 10:00:00}, in the server's time zone.
   *
   * @param option the option's name, for the message
   * @param text the value
   * @return the date and time
   * @throws UserError when it is none of these
   */
  static LocalDateTime parseDate(String option, String text) {
    String t = text.strip().replace(' ', 'T');
    try {
      return t.length() == 10 ? LocalDate.parse(t).atStartOfDay() : LocalDateTime.parse(t);
    } catch (DateTimeParseException e) {
      throw UserError.usage(option + ": '" + text + "' is not a date",
          "Write 2024-05-01 or 2024-05-01T10:00 (the server's time zone).");
    }
  }

  /** True when the text is a plain positive number (an id rather than a name). */
  static boolean isId(String text) {
    return !text.isEmpty() && text.length() < 19 && text.chars().allMatch(Character::isDigit);
  }
}
