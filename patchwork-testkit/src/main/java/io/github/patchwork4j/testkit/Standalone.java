package io.github.patchwork4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.testkit.internal.Dataset;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * The fake Patchwork as a program, for bots written in any language: {@code java -jar
 * patchwork-fake.jar [--port N] [--empty] [--max-api-version 1.N]}. When it is ready it prints
 * {@code PW_URL=...} and one {@code PW_TOKEN_<USER>=...} line per user on standard output, then
 * serves until it is stopped. Besides the API it answers {@code POST /_fake/mail} (the body is
 * one raw message or an mbox, delivered as a mailing list would) and {@code POST /_fake/reset}
 * (back to the start state).
 */
public final class Standalone {

  private static final String USAGE = "usage: java -jar patchwork-fake.jar [--port N] [--empty]"
      + " [--max-api-version 1.0-1.4]\n"
      + "  --port N               listen on 127.0.0.1:N (default: any free port)\n"
      + "  --empty                start with only the users and projects of the default data set\n"
      + "  --max-api-version V    the newest API version served (default 1.3)";

  private Standalone() {
  }

  /**
   * Starts the fake and serves until the process is stopped.
   *
   * @param args the command line (see the class description)
   */
  public static void main(String[] args) {
    FakePatchwork.Builder builder = FakePatchwork.builder();
    boolean empty = false;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--port":
            builder.port(Integer.parseInt(value(args, ++i, "--port")));
            break;
          case "--empty":
            empty = true;
            break;
          case "--max-api-version":
            builder.maxApiVersion(ApiVersion.of(value(args, ++i, "--max-api-version")));
            break;
          case "--help":
          case "-h":
            System.out.println(USAGE);
            return;
          default:
            throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
    } catch (IllegalArgumentException e) {
      System.err.println("patchwork-fake: " + e.getMessage() + "\n" + USAGE);
      System.exit(2);
      return;
    }
    if (empty) {
      builder.dataset(usersAndProjects());
    }
    FakePatchwork fake = builder.controlEndpoints().start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      fake.close();
      stopped.countDown();
    }, "patchwork-fake-stop"));
    PrintStream out = System.out;
    out.println("PW_URL=" + fake.baseUrl());
    for (String user : usernames()) {
      out.println("PW_TOKEN_" + user.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_") + "="
          + fake.tokenFor(user));
    }
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static List<String> usernames() {
    List<String> out = new ArrayList<>();
    for (JsonNode u : Dataset.bundled().list("users")) {
      out.add(u.path("username").asText());
    }
    return out;
  }

  /** A data set directory with only the default users and projects (deleted when the JVM exits). */
  private static Path usersAndProjects() {
    ObjectMapper mapper = new ObjectMapper();
    try {
      Path dir = Files.createTempDirectory("patchwork-fake-empty");
      dir.toFile().deleteOnExit();
      for (String name : new String[] {"users", "projects"}) {
        ArrayNode list = mapper.createArrayNode();
        Dataset.bundled().list(name).forEach(list::add);
        Path file = dir.resolve(name + ".json");
        mapper.writeValue(file.toFile(), list);
        file.toFile().deleteOnExit();
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the empty data set", e);
    }
  }
}
