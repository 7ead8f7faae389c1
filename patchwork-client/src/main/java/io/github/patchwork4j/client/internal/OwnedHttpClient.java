package io.github.patchwork4j.client.internal;

import java.lang.System.Logger.Level;
import java.lang.reflect.Method;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A JDK {@link HttpClient} together with the means to stop its selector thread on {@link
 * #close()}.
 *
 * <p>On JDK 21 and later, {@code close()} calls {@code HttpClient.shutdownNow()}. JDK 17–20
 * have no way to close an {@code HttpClient}: its selector thread ({@code
 * HttpClient-N-SelectorManager}) otherwise lives until the garbage collector has cleared the
 * client and the selector's next timeout has passed. There, the selector thread is found when
 * the client is built (the one new thread of the JDK's selector class in the builder's thread
 * group) and {@code close()} interrupts it: its loop ends on interruption and shuts the client
 * down, closing its connections. When the thread cannot be told apart (another {@code
 * HttpClient} built at the same moment elsewhere in the JVM), nothing is interrupted and the
 * thread ends the JDK's way.
 */
final class OwnedHttpClient {

  private static final String SELECTOR_CLASS = "jdk.internal.net.http.HttpClientImpl$SelectorManager";
  private static final Method SHUTDOWN_NOW = shutdownNow();
  private static final Object BUILD_LOCK = new Object();

  private final HttpClient client;
  private final Thread selector;

  private OwnedHttpClient(HttpClient client, Thread selector) {
    this.client = client;
    this.selector = selector;
  }

  /** Builds the client, noting its selector thread where the JDK cannot close it. */
  static OwnedHttpClient build(HttpClient.Builder builder) {
    if (SHUTDOWN_NOW != null) {
      return new OwnedHttpClient(builder.build(), null);
    }
    synchronized (BUILD_LOCK) {
      Set<Thread> before = new HashSet<>(selectorThreads());
      HttpClient client = builder.build();
      List<Thread> started = new ArrayList<>(selectorThreads());
      started.removeIf(before::contains);
      return new OwnedHttpClient(client, started.size() == 1 ? started.get(0) : null);
    }
  }

  /** The client. */
  HttpClient client() {
    return client;
  }

  /** Stops the client's selector thread (and with it the client's connections). */
  void close() {
    if (SHUTDOWN_NOW != null) {
      try {
        SHUTDOWN_NOW.invoke(client);
      } catch (ReflectiveOperationException | RuntimeException e) {
        Transport.LOG.log(Level.DEBUG, () -> "closing the HTTP client failed: " + e);
      }
    } else if (selector != null) {
      selector.interrupt();
    }
  }

  private static List<Thread> selectorThreads() {
    ThreadGroup group = Thread.currentThread().getThreadGroup();
    Thread[] threads = new Thread[group.activeCount() + 8];
    int n = group.enumerate(threads, false);
    return Arrays.stream(threads, 0, n).filter(t -> t.getClass().getName().equals(SELECTOR_CLASS)).toList();
  }

  private static Method shutdownNow() {
    try {
      return HttpClient.class.getMethod("shutdownNow");
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
