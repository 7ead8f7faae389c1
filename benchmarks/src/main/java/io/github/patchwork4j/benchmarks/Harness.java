package io.github.patchwork4j.benchmarks;

import com.sun.net.httpserver.HttpServer;
import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.model.Patch;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The process-level measurements {@code benchmarks/run} makes, one sub-command each; every one
 * prints {@code key=value} lines for the script.
 *
 * <ul>
 *   <li>{@code list <base url> <expected> <repeats>}: lists every patch through a default client
 *       {@code repeats} times (streaming, counting), prints each listing's time in ms;
 *   <li>{@code concurrent <base url> <listings> <expected each> <rounds>}: that many listings
 *       at once through one default client, {@code rounds} rounds in one JVM; prints each
 *       round's wall time, the first one's, the best of the second half (C2 is still compiling
 *       in the first rounds) and the peak resident set of the JVM over all rounds;
 *   <li>{@code delay-server <port> <pages dir> <last page> <ms>}: a server on 127.0.0.1 that
 *       answers every request after {@code ms} milliseconds with a page held in memory, many
 *       requests at once; runs until killed.
 * </ul>
 */
public final class Harness {

  private Harness() {}

  /**
   * Runs one sub-command.
   *
   * @param args the sub-command and its arguments
   * @throws Exception on any failure, which ends the process with a stack trace
   */
  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "list" -> list(args[1], Long.parseLong(args[2]), Integer.parseInt(args[3]));
      case "concurrent" -> concurrent(args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]),
          Integer.parseInt(args[4]));
      case "delay-server" -> delayServer(Integer.parseInt(args[1]), Path.of(args[2]), Integer.parseInt(args[3]),
          Long.parseLong(args[4]));
      default -> throw new IllegalArgumentException("unknown sub-command " + args[0]);
    }
  }

  private static void list(String base, long expected, int repeats) {
    long t0 = System.nanoTime();
    try (PatchworkClient pw = PatchworkClient.builder().baseUrl(base).build()) {
      System.out.printf("build_ms=%.1f%n", (System.nanoTime() - t0) / 1e6);
      double[] ms = new double[repeats];
      for (int r = 0; r < repeats; r++) {
        long start = System.nanoTime();
        long n = 0;
        long ids = 0;
        for (Patch p : pw.patches().list()) {
          n++;
          ids += p.id();
        }
        ms[r] = (System.nanoTime() - start) / 1e6;
        if (n != expected) {
          throw new IllegalStateException("listed " + n + " patches, expected " + expected);
        }
        if (ids == 0) {
          throw new IllegalStateException("no ids");
        }
      }
      System.out.printf("first_ms=%.1f%n", ms[0]);
      if (repeats > 1) {
        double[] warm = Arrays.copyOfRange(ms, repeats / 2, repeats);
        Arrays.sort(warm);
        System.out.printf("warm_ms=%.1f%n", warm[warm.length / 2]);
      }
    }
  }

  private static void concurrent(String base, int listings, long expected, int rounds) {
    try (PatchworkClient pw = PatchworkClient.builder().baseUrl(base).build()) {
      double best = Double.MAX_VALUE;
      for (int round = 0; round < rounds; round++) {
        long start = System.nanoTime();
        List<CompletableFuture<Long>> all = new ArrayList<>();
        for (int i = 0; i < listings; i++) {
          AtomicLong n = new AtomicLong();
          all.add(pw.patches().list().forEachAsync(p -> n.incrementAndGet())
              .thenApply(v -> n.get()));
        }
        for (CompletableFuture<Long> f : all) {
          long n = f.join();
          if (n != expected) {
            throw new IllegalStateException("a listing got " + n + " patches, expected " + expected);
          }
        }
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.printf("round_ms=%.1f%n", ms);
        if (round == 0) {
          System.out.printf("first_ms=%.1f%n", ms);
        }
        if (round >= rounds / 2) {
          best = Math.min(best, ms);
        }
      }
      System.out.printf("wall_ms=%.1f%n", best);
    }
    System.out.println("peak_rss_kb=" + peakRssKb());
  }

  private static long peakRssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }

  /**
   * Serves {@code last} pages of {@code dir} ({@code p1.json}…, and {@code index.json} for the API
   * index) as nginx does in {@code benchmarks/run}, with Patchwork's {@code Link} header, each
   * answer {@code delayMs} after its request; the pages are read into memory first, so the
   * server does next to no work of its own.
   */
  private static void delayServer(int port, Path dir, int last, long delayMs) throws IOException {
    String self = "http://127.0.0.1:" + port;
    String list = self + "/api/1.3/patches/?per_page=250&page=";
    byte[] index = Files.readAllBytes(dir.resolve("index.json"));
    byte[][] pages = new byte[last + 1][];
    for (int i = 1; i <= last; i++) {
      pages[i] = Files.readAllBytes(dir.resolve("p" + i + ".json"));
    }
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", exchange -> {
      try (exchange) {
        Thread.sleep(delayMs);
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        byte[] body;
        if (path.equals("/api/") || path.equals("/api/1.3/")) {
          body = index;
        } else if (path.equals("/api/1.3/patches/")) {
          java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:^|&)page=(\\d+)")
              .matcher(query == null ? "" : query);
          int page = m.find() ? Integer.parseInt(m.group(1)) : 1;
          if (page < 1 || page > last) {
            exchange.sendResponseHeaders(404, -1);
            return;
          }
          StringBuilder link = new StringBuilder();
          if (page < last) {
            link.append('<').append(list).append(page + 1).append(">; rel=\"next\", ");
          }
          if (page > 1) {
            link.append('<').append(list).append(page - 1).append(">; rel=\"prev\", ");
          }
          link.append('<').append(list).append(1).append(">; rel=\"first\", <")
              .append(list).append(last).append(">; rel=\"last\"");
          exchange.getResponseHeaders().add("Link", link.toString());
          body = pages[page];
        } else {
          exchange.sendResponseHeaders(404, -1);
          return;
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    server.start();
    System.out.println("listening=" + self);
  }
}
