package io.github.patchwork4j.client.faults;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * An HTTP/1.1 server on 127.0.0.1 written on raw sockets, so that an answer can fail at any
 * byte: a reset before or after the request was read, a reply cut short, a stall, garbage.
 * Every connection runs on its own daemon thread; {@link #close()} closes every socket, so
 * nothing a test started outlives it.
 *
 * <p>It counts what a test asserts on: connections accepted, requests read in full
 * ({@link #requests()}: a request "reached the server" once its head and body were read),
 * exchanges open at once ({@link #open()}, {@link #peakOpen()}: from a request read to its
 * reply written or the connection gone), and exchanges the client gave up on
 * ({@link #abandoned()}: the client closed the connection while the server was holding the
 * reply).
 */
public final class FaultServer implements AutoCloseable {

  /** One request read in full. */
  public record Received(String method, String target, Map<String, String> headers, byte[] body) {

    /** The header value, or null (names are case-insensitive). */
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The path without the query. */
    public String path() {
      int q = target.indexOf('?');
      return q < 0 ? target : target.substring(0, q);
    }

    /** The request body as UTF-8 text. */
    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return method + " " + target;
    }
  }

  private final ServerSocket listener;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-server");
        t.setDaemon(true);
        return t;
      });
  private final Function<Received, Reply> router;
  private final Deque<Reply> script;
  private final List<Received> requests = Collections.synchronizedList(new ArrayList<>());
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger peak = new AtomicInteger();
  private final AtomicInteger abandoned = new AtomicInteger();
  private volatile boolean closed;

  private FaultServer(Function<Received, Reply> router, List<Reply> script) {
    this.router = router;
    this.script = new ArrayDeque<>(script);
    try {
      listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    threads.execute(this::acceptLoop);
  }

  /**
   * A server answering its requests, in arrival order, with {@code replies}; the last one
   * answers every request after them. A reply that {@link Reply#beforeRequest() acts before
   * the request} is applied to the next connection that starts sending one.
   */
  public static FaultServer scripted(Reply... replies) {
    if (replies.length == 0) {
      throw new IllegalArgumentException("at least one reply");
    }
    return new FaultServer(null, List.of(replies));
  }

  /** A server answering each request with what {@code router} chooses for it. */
  public static FaultServer routing(Function<Received, Reply> router) {
    return new FaultServer(router, List.of());
  }

  /** {@code http://127.0.0.1:PORT}, no trailing slash. */
  public String baseUrl() {
    return "http://127.0.0.1:" + listener.getLocalPort();
  }

  /** The port. */
  public int port() {
    return listener.getLocalPort();
  }

  /** The URL of a path on this server. */
  public URI url(String pathAndQuery) {
    return URI.create(baseUrl() + pathAndQuery);
  }

  /** Requests read in full, in arrival order. */
  public List<Received> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** How many requests with this method were read in full. */
  public long count(String method) {
    return requests().stream().filter(r -> r.method().equals(method)).count();
  }

  /** Connections accepted. */
  public int connections() {
    return connections.get();
  }

  /** Exchanges open now: requests read and not yet answered in full. */
  public int open() {
    return open.get();
  }

  /** The most exchanges ever open at once. */
  public int peakOpen() {
    return peak.get();
  }

  /** Exchanges whose connection the client closed while the server held the reply. */
  public int abandoned() {
    return abandoned.get();
  }

  /**
   * Waits until the condition holds, checking every few milliseconds, for at most five
   * seconds (a bound for a broken client, never reached by a working one).
   *
   * @throws AssertionError when the condition did not come true in time
   */
  public static void await(String what, BooleanSupplier condition) {
    long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("gave up waiting for: " + what);
      }
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for: " + what);
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      listener.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (Socket s : sockets) {
      try {
        s.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    threads.shutdownNow();
  }

  private void acceptLoop() {
    while (!closed) {
      Socket s;
      try {
        s = listener.accept();
      } catch (IOException e) {
        return;
      }
      connections.incrementAndGet();
      sockets.add(s);
      try {
        threads.execute(() -> serve(s));
      } catch (RuntimeException e) { // shut down meanwhile
        closeQuietly(s);
      }
    }
  }

  private Reply next(Received request) {
    if (router != null) {
      return router.apply(request);
    }
    synchronized (script) {
      return script.size() > 1 ? script.poll() : script.peek();
    }
  }

  private Reply peekScript() {
    if (router != null) {
      return null;
    }
    synchronized (script) {
      return script.peek();
    }
  }

  private void serve(Socket s) {
    try (s) {
      s.setTcpNoDelay(true);
      BufferedInputStream in = new BufferedInputStream(s.getInputStream());
      OutputStream out = s.getOutputStream();
      while (!closed) {
        in.mark(1);
        if (in.read() < 0) {
          return; // the client closed an idle connection
        }
        in.reset();
        Reply early = peekScript();
        if (early != null && early.beforeRequest()) {
          synchronized (script) {
            if (script.size() > 1) {
              script.poll();
            }
          }
          early.reply(new Exchange(null, s, in, out));
          return;
        }
        Received request = readRequest(in);
        if (request == null) {
          return;
        }
        requests.add(request);
        int now = open.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
        Exchange exchange = new Exchange(request, s, in, out);
        try {
          next(request).reply(exchange);
          out.flush();
        } finally {
          open.decrementAndGet();
        }
        if (exchange.done || "close".equalsIgnoreCase(request.header("Connection"))) {
          return;
        }
      }
    } catch (IOException | RuntimeException e) {
      // the client went away or the reply was a fault: either way this connection is over
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      sockets.remove(s);
    }
  }

  private static Received readRequest(InputStream in) throws IOException {
    String line = readLine(in);
    if (line == null || line.isEmpty()) {
      return null;
    }
    String[] parts = line.split(" ");
    if (parts.length < 3) {
      throw new IOException("not a request line: " + line);
    }
    Map<String, String> headers = new TreeMap<>();
    for (String h = readLine(in); h != null && !h.isEmpty(); h = readLine(in)) {
      int colon = h.indexOf(':');
      if (colon > 0) {
        headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
      }
    }
    byte[] body = new byte[0];
    String length = headers.get("content-length");
    if (length != null) {
      body = in.readNBytes(Integer.parseInt(length));
      if (body.length < Integer.parseInt(length)) {
        return null;
      }
    } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      for (int size = Integer.parseInt(readLine(in).trim(), 16); size > 0;
          size = Integer.parseInt(readLine(in).trim(), 16)) {
        b.write(in.readNBytes(size));
        readLine(in);
      }
      readLine(in);
      body = b.toByteArray();
    }
    return new Received(parts[0], parts[1], Collections.unmodifiableMap(headers), body);
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int c = in.read(); c >= 0; c = in.read()) {
      if (c == '\n') {
        String line = b.toString(StandardCharsets.ISO_8859_1);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      }
      b.write(c);
    }
    return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // nothing to do
    }
  }

  /** One request's connection as a {@link Reply} sees it. */
  public final class Exchange {
    private final Received request;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private boolean done;

    Exchange(Received request, Socket socket, InputStream in, OutputStream out) {
      this.request = request;
      this.socket = socket;
      this.in = in;
      this.out = out;
    }

    /** The request, or null for a reply that acts before the request is read. */
    public Received request() {
      return request;
    }

    /** The server this exchange belongs to. */
    public FaultServer server() {
      return FaultServer.this;
    }

    /** Writes raw bytes. */
    public void write(byte[] bytes) throws IOException {
      out.write(bytes);
    }

    /** Writes text as UTF-8 (response heads are ASCII). */
    public void write(String text) throws IOException {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends what was written so far. */
    public void flush() throws IOException {
      out.flush();
    }

    /** Ends the connection with a FIN after this reply. */
    public void close() throws IOException {
      done = true;
      out.flush();
      socket.close();
    }

    /** Ends the connection with a TCP reset (RST), dropping whatever was not sent. */
    public void reset() throws IOException {
      done = true;
      try {
        socket.setSoLinger(true, 0);
      } catch (SocketException ignored) {
        // already closed
      }
      socket.close();
    }

    /** Keeps the connection open without a word until the client closes it, then ends. */
    public void stall() throws IOException {
      hold(() -> false);
    }

    /**
     * Holds the reply until {@code release} is true (checked every few milliseconds) or the
     * client closes the connection, whichever comes first.
     *
     * @return true when released, false when the client gave up (counted in
     *     {@link #abandoned()})
     */
    public boolean hold(BooleanSupplier release) throws IOException {
      out.flush();
      socket.setSoTimeout(2);
      try {
        while (!closed) {
          if (release.getAsBoolean()) {
            return true;
          }
          try {
            if (in.read() < 0) {
              break;
            }
          } catch (java.net.SocketTimeoutException stillThere) {
            // the client is still waiting
          } catch (IOException gone) {
            break;
          }
        }
      } finally {
        if (!socket.isClosed()) {
          socket.setSoTimeout(0);
        }
      }
      done = true;
      if (!closed) {
        abandoned.incrementAndGet();
      }
      return false;
    }
  }
}
