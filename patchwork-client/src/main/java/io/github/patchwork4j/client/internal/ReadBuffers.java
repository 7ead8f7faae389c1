package io.github.patchwork4j.client.internal;

/**
 * The read buffer size of the JDK's HTTP client: its system property
 * {@code jdk.httpclient.bufsize} (16 KiB by default), read once, when the JVM's first
 * {@link java.net.http.HttpClient} is built. A list page of 250 patches is about 400 KB; read
 * 16 KiB at a time it takes 25 reads, each handed from the selector thread through the JDK's
 * chain of subscribers, which cost more than the reads. With 64 KiB buffers the JDK client
 * fetched the same pages in about 60% of the time. The size is set only when nobody has set
 * it, before the client's first {@code HttpClient} is built; it then holds for every
 * {@code HttpClient} of the JVM, as the JDK reads the property only once.
 */
final class ReadBuffers {

  /** The JDK's property. */
  static final String PROPERTY = "jdk.httpclient.bufsize";
  /** The size set when the property is unset. */
  static final int SIZE = 64 * 1024;

  private ReadBuffers() {}

  /** Sets {@link #PROPERTY} to {@link #SIZE} unless it is set already (or may not be set). */
  static void preferLarge() {
    try {
      if (System.getProperty(PROPERTY) == null) {
        System.setProperty(PROPERTY, Integer.toString(SIZE));
      }
    } catch (SecurityException e) {
      // a security manager forbids it: the JDK's default stays
    }
  }
}
