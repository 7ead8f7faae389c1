package io.github.patchwork4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.model.Patch;
import java.util.function.Supplier;

/**
 * Start-up work done on a second thread while the main thread reads the command line, so that the
 * main thread finds it done: reading git's configuration (a {@code git} process); building a
 * throw-away client for the server, which starts making a JSON mapper and an HTTP client (the
 * JDK's HTTP client links and initialises much code the first time one is built); reading a
 * patch with the model's JSON mapper (Jackson's classes, the model's deserialisers, and the
 * annotation types and proxies they introspect are set up once per JVM). The client builds its
 * own HTTP client and mapper, faster for this. It only moves work earlier; nothing depends on it
 * finishing.
 */
final class Warmup {

  /** A patch as the detail view sends it (every part the reader has a path for). */
  static final String PATCH = "{\"id\":1,\"url\":\"https://pw.example.org/api/1.3/patches/1/\","
      + "\"web_url\":\"https://pw.example.org/project/alpha/patch/1@example.org/\","
      + "\"project\":{\"id\":1,\"url\":\"https://pw.example.org/api/1.3/projects/1/\",\"name\":\"Alpha\","
      + "\"link_name\":\"alpha\",\"list_id\":\"alpha.example.org\",\"list_email\":\"alpha@example.org\","
      + "\"web_url\":\"\",\"scm_url\":\"\",\"webscm_url\":\"\",\"list_archive_url\":\"\","
      + "\"list_archive_url_format\":\"\",\"commit_url_format\":\"\"},"
      + "\"msgid\":\"<1@example.org>\",\"list_archive_url\":null,\"date\":\"2024-01-08T09:39:00\","
      + "\"name\":\"[1/2] mm: a change\",\"commit_ref\":null,\"pull_url\":null,\"state\":\"new\","
      + "\"archived\":false,\"hash\":null,\"submitter\":{\"id\":1,"
      + "\"url\":\"https://pw.example.org/api/1.3/people/1/\",\"name\":\"A Person\",\"email\":\"a@example.org\"},"
      + "\"delegate\":{\"id\":1,\"url\":\"https://pw.example.org/api/1.3/users/1/\",\"username\":\"maint\","
      + "\"first_name\":\"\",\"last_name\":\"\",\"email\":\"m@example.org\"},"
      + "\"mbox\":\"https://pw.example.org/project/alpha/patch/1@example.org/mbox/\","
      + "\"series\":[{\"id\":1,\"url\":\"https://pw.example.org/api/1.3/series/1/\","
      + "\"web_url\":\"https://pw.example.org/project/alpha/list/?series=1\",\"date\":\"2024-01-08T09:39:00\","
      + "\"name\":\"mm\",\"version\":1,\"mbox\":\"https://pw.example.org/series/1/mbox/\"}],"
      + "\"comments\":\"https://pw.example.org/api/patches/1/comments/\",\"check\":\"pending\","
      + "\"checks\":\"https://pw.example.org/api/patches/1/checks/\",\"tags\":{},\"related\":[],"
      + "\"headers\":{\"From\":\"A Person <a@example.org>\",\"Subject\":\"[PATCH 1/2] mm: a change\"},"
      + "\"content\":\"A change.\",\"diff\":\"--- a/f\\n+++ b/f\\n\",\"prefixes\":[\"1/2\"]}";

  private static volatile boolean stopped;

  private Warmup() {}

  /** Tells a warm-up still running that the process is exiting: it builds no HTTP client now. */
  static void stop() {
    stopped = true;
  }

  /**
   * Starts the warm-up on a daemon thread.
   *
   * @param server answers the server URL, or null when none is configured
   */
  static void start(Supplier<String> server) {
    Thread t = new Thread(() -> run(server), "pw4j-warmup");
    t.setDaemon(true);
    t.start();
  }

  private static void run(Supplier<String> server) {
    try {
      // In the order the main thread needs them: its settings, the client's JSON mapper, the
      // client's first request, the answer.
      String url = server.get();
      Printer.mapper();
      if (!stopped && url != null) {
        // Never used nor closed: building one makes the client start on its JSON mapper and
        // its HTTP client (with the TLS set-up its URL needs), the classes the real one loads.
        PatchworkClient.builder().baseUrl(url).build();
      }
      samplePatch();
    } catch (RuntimeException | LinkageError | JsonProcessingException e) {
      // the main thread meets the same failure where it is reported properly
    }
  }

  /**
   * Reads {@link #PATCH} with the mapper pw4j prints JSON with.
   *
   * @return the patch
   * @throws JsonProcessingException when the model no longer reads it
   */
  static Patch samplePatch() throws JsonProcessingException {
    return Printer.mapper().readValue(PATCH, Patch.class);
  }
}
