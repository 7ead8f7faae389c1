package io.github.patchwork4j.client.faults;

import io.github.patchwork4j.client.RequestEvent;
import io.github.patchwork4j.client.error.PatchworkException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Collects everything a user could see of the client while it is open: every log record of
 * the client's loggers at every level (formatted, with its stack trace), and what a test hands
 * it: exceptions (message, {@code toString()}, the cause chain, suppressed ones, the printed
 * stack trace, the body and detail excerpts), request events and other objects'
 * {@code toString()}. {@link #leaks(String...)} lists what shows a secret.
 */
final class SecretWatch implements AutoCloseable {

  private final Logger jul = Logger.getLogger("io.github.patchwork4j");
  private final Level previous;
  private final List<String> seen = Collections.synchronizedList(new ArrayList<>());
  private final Handler handler = new Handler() {
    private final SimpleFormatter format = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      seen.add(format.format(record));
      logRecords++;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private volatile int logRecords;

  SecretWatch() {
    previous = jul.getLevel();
    jul.setLevel(Level.ALL);
    handler.setLevel(Level.ALL);
    jul.addHandler(handler);
  }

  /** Log records seen so far. */
  int logRecords() {
    return logRecords;
  }

  /** Remembers the exception and everything it shows; returns it. */
  Throwable exception(Throwable t) {
    if (t == null) {
      return null;
    }
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    seen.add(trace.toString());
    for (Throwable c = t; c != null; c = c.getCause()) {
      seen.add(String.valueOf(c.getMessage()));
      seen.add(String.valueOf(c.getLocalizedMessage()));
      seen.add(c.toString());
      for (Throwable s : c.getSuppressed()) {
        exception(s);
      }
      if (c instanceof PatchworkException p) {
        seen.add(p.body().orElse(""));
        seen.add(p.detail().orElse(""));
      }
    }
    return t;
  }

  /** Remembers the request events, their failures included. */
  void events(List<RequestEvent> events) {
    synchronized (events) {
      for (RequestEvent e : events) {
        seen.add(e.toString());
        e.failure().ifPresent(this::exception);
      }
    }
  }

  /** Remembers the object's {@code toString()}. */
  void object(Object o) {
    seen.add(String.valueOf(o));
  }

  /** Everything seen that contains one of the secrets (cut to 600 characters). */
  List<String> leaks(String... secrets) {
    List<String> leaks = new ArrayList<>();
    synchronized (seen) {
      for (String s : seen) {
        for (String secret : secrets) {
          if (s.contains(secret)) {
            leaks.add(s.length() > 600 ? s.substring(0, 600) + "…" : s);
          }
        }
      }
    }
    return leaks;
  }

  @Override
  public void close() {
    jul.removeHandler(handler);
    jul.setLevel(previous);
  }
}
