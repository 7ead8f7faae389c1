package io.github.patchwork4j.testkit.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/** The server's naive date-times: {@code YYYY-MM-DDTHH:MM:SS[.ffffff]}, no zone. */
final class Dates {

  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

  private Dates() {
  }

  static LocalDateTime parse(String s) {
    return LocalDateTime.parse(s);
  }

  /** Compares two stored dates; null sorts first. */
  static int compare(String a, String b) {
    return Comparator.nullsFirst(Comparator.<LocalDateTime>naturalOrder())
        .compare(a == null ? null : parse(a), b == null ? null : parse(b));
  }

  /** As Python's {@code isoformat()}: microseconds only when there are some. */
  static String format(LocalDateTime t) {
    LocalDateTime micros = t.truncatedTo(ChronoUnit.MICROS);
    return micros.getNano() == 0 ? micros.format(SECONDS) : micros.format(MICROS);
  }

  static String now(Clock clock) {
    return format(LocalDateTime.now(clock));
  }
}
