package io.github.patchwork4j.examples;

import io.github.patchwork4j.client.BlockingPatchworkClient;
import io.github.patchwork4j.client.Download;
import io.github.patchwork4j.client.SeriesQuery;
import io.github.patchwork4j.model.PatchRef;
import io.github.patchwork4j.model.Series;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Saves a series as an mbox file, ready for {@code git am}: the server's {@code
 * /series/{id}/mbox/}: every patch of the series in patch-number order, each with
 * its mail headers, the {@code *-by:} tags from review replies, and {@code X-Patchwork-*} headers.
 * The cover letter is not in it.
 *
 * <pre>
 * mvn -B -q -pl examples -am -DskipTests package exec:java -Dexample=SeriesDownloader -Dexec.args="244 --out /tmp"
 * </pre>
 *
 * Arguments: a series id (default: the project's newest complete series), {@code --out DIR}
 * (default: the current directory).
 */
public final class SeriesDownloader {

  private static final int MAX_SLUG = 50;

  private final BlockingPatchworkClient pw;
  private final PrintStream out;

  /** A downloader that says what it does on {@code out}. */
  public SeriesDownloader(BlockingPatchworkClient pw, PrintStream out) {
    this.pw = Objects.requireNonNull(pw, "pw");
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Downloads the series' mbox into {@code directory} as {@code series-ID-vN-NAME.mbox} (replacing
   * a file of that name) and prints how to apply it.
   *
   * @return the file written
   * @throws IOException if the file cannot be written
   */
  public Path download(long seriesId, Path directory) throws IOException {
    Series series = pw.series().get(seriesId);
    out.println("Series " + series.id() + " v" + series.version() + " "
        + series.name().map(Tables::quote).orElse("(no name)") + " by " + series.submitter().name()
            .orElse(series.submitter().email()) + ": " + series.receivedTotal() + " of " + series.total()
        + " patches received");
    for (PatchRef p : series.patches()) {
      out.println("  " + p.id() + " " + Tables.quote(p.name()));
    }
    if (!series.receivedAll()) {
      out.println("Warning: the series is incomplete; git am will apply only the patches received.");
    }
    Download mbox = pw.downloads().seriesMbox(series);
    Files.createDirectories(directory);
    Path file = directory.resolve(fileName(series)).toAbsolutePath().normalize();
    long size = mbox.writeTo(file); // streamed; the file is replaced once the whole mbox arrived
    out.println("Saved " + size + " bytes to " + file);
    out.println("Apply it with: git am " + shellQuote(file.toString()));
    return file;
  }

  /** {@code series-ID-vN-NAME.mbox}, the name reduced to lower-case letters, digits and dashes. */
  static String fileName(Series series) {
    String slug = series.name().orElse("").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    if (slug.length() > MAX_SLUG) {
      slug = slug.substring(0, MAX_SLUG).replaceAll("-$", "");
    }
    return "series-" + series.id() + "-v" + series.version() + (slug.isEmpty() ? "" : "-" + slug) + ".mbox";
  }

  private static String shellQuote(String s) {
    return s.matches("[-A-Za-z0-9_./:+@=]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }

  /** Downloads the series named on the command line, or the project's newest complete one. */
  public static void main(String[] args) {
    Programs.run(() -> {
      Args a = Args.parse(args, Set.of("--out"), Set.of());
      try (Target target = Target.fromEnvironment()) {
        BlockingPatchworkClient pw = target.client();
        System.out.println("Patchwork: " + target.describe());
        long id;
        if (a.words().isEmpty()) {
          String project = target.project();
          System.out.println("Looking for the newest complete series of project " + project + "...");
          id = pw.series().list(SeriesQuery.builder().project(project)
                  .orderByDescending(SeriesQuery.Order.ID).build())
              .stream().filter(Series::receivedAll).findFirst()
              .orElseThrow(() -> new IllegalStateException("project " + project + " has no complete series"))
              .id();
        } else if (a.words().size() == 1 && a.words().get(0).matches("[0-9]+")) {
          id = Long.parseLong(a.words().get(0));
        } else {
          throw new IllegalArgumentException("expected one series id (a number), got " + a.words());
        }
        new SeriesDownloader(pw, System.out).download(id, Path.of(a.value("--out").orElse(".")));
      }
    });
  }
}
