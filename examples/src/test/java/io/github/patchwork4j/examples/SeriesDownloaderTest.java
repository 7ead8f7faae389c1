package io.github.patchwork4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.patchwork4j.client.BlockingPatchworkClient;
import io.github.patchwork4j.model.PatchRef;
import io.github.patchwork4j.model.Series;
import io.github.patchwork4j.testkit.junit.PatchworkTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@PatchworkTest
class SeriesDownloaderTest {

  private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  private static final Pattern PATCHWORK_ID = Pattern.compile("(?m)^X-Patchwork-Id: (\\d+)$");
  private static final Pattern MESSAGE_ID = Pattern.compile("(?mi)^Message-Id: (\\S+)$");

  @Test
  void savesAnMboxThatGitSplitsIntoTheSeriesPatchesInOrder(BlockingPatchworkClient pw, @TempDir Path dir)
      throws IOException, InterruptedException {
    // the complete series with the most patches
    Series series = pw.series().list().stream().filter(Series::receivedAll)
        .max(Comparator.comparingInt(s -> s.patches().size())).orElseThrow();
    assertThat(series.patches()).hasSizeGreaterThan(1);

    Path file = new SeriesDownloader(pw, QUIET).download(series.id(), dir.resolve("out"));

    assertThat(file.getFileName().toString()).startsWith("series-" + series.id() + "-v" + series.version())
        .endsWith(".mbox");
    List<String> messages = mailsplit(file, dir.resolve("split"));
    assertThat(messages).hasSize(series.patches().size());
    List<Long> ids = new ArrayList<>();
    List<String> msgids = new ArrayList<>();
    for (String m : messages) {
      Matcher id = PATCHWORK_ID.matcher(m);
      Matcher msgid = MESSAGE_ID.matcher(m);
      assertThat(id.find()).as("X-Patchwork-Id in %s", m).isTrue();
      assertThat(msgid.find()).as("Message-Id in %s", m).isTrue();
      ids.add(Long.parseLong(id.group(1)));
      msgids.add(msgid.group(1));
    }
    assertThat(ids).containsExactlyElementsOf(series.patches().stream().map(PatchRef::id).toList());
    assertThat(msgids).containsExactlyElementsOf(series.patches().stream().map(PatchRef::msgid).toList());
  }

  @Test
  void namesTheFileAfterTheSeries(BlockingPatchworkClient pw) {
    Series series = pw.series().list().stream().filter(s -> s.name().isPresent()).findFirst().orElseThrow();
    String name = SeriesDownloader.fileName(series);
    assertThat(name).matches("series-" + series.id() + "-v" + series.version() + "-[a-z0-9]+(-[a-z0-9]+)*\\.mbox");
  }

  /** The messages {@code git mailsplit} (what {@code git am} runs first) finds in the file. */
  private static List<String> mailsplit(Path mbox, Path into) throws IOException, InterruptedException {
    Files.createDirectories(into);
    Process git = new ProcessBuilder("git", "mailsplit", "-o" + into, mbox.toString())
        .redirectErrorStream(true).start();
    String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(git.waitFor()).as("git mailsplit: %s", output).isZero();
    List<String> messages = new ArrayList<>();
    try (Stream<Path> files = Files.list(into)) {
      for (Path p : files.sorted().toList()) {
        messages.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    assertThat(output.strip()).isEqualTo(Integer.toString(messages.size()));
    return messages;
  }
}
