package io.github.patchwork4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.patchwork4j.model.Patch;
import java.lang.System.Logger.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What pw4j does to start quickly, checked for doing the same as the slow way. */
class StartupTest {

  @AfterEach
  void quiet() {
    StderrLoggerFinder.verbose(false);
  }

  @Test
  void theCommandIsFoundPastTopLevelOptionsAndTheirValues() {
    assertThat(Pw4j.command(new String[] {"--url", "patch", "--format", "json", "patch", "show", "1"}))
        .containsExactly("patch", "show");
    assertThat(Pw4j.command(new String[] {"--debug", "check", "report", "--series", "3"}))
        .containsExactly("check", "report");
    assertThat(Pw4j.command(new String[] {"patch", "--project", "show", "list"})).containsExactly("patch", "list");
    assertThat(Pw4j.command(new String[] {"patch", "sho", "1"})).containsExactly("patch", null);
    assertThat(Pw4j.command(new String[] {"patch", "--help"})).containsExactly("patch", null);
    assertThat(Pw4j.command(new String[] {"--version"})).containsExactly(null, null);
    assertThat(Pw4j.command(new String[] {"patches", "list"})).containsExactly(null, null);
  }

  @Test
  void everyCommandIsRegisteredUnderItsOwnName() {
    Pw4j.COMMANDS.forEach((group, names) -> {
      assertThat(Pw4j.group(group).name()).isEqualTo(group);
      for (String name : names) {
        assertThat(Pw4j.command(group, name).spec().name()).isEqualTo(name);
      }
    });
  }

  @Test
  void theWarmUpPatchIsReadByTheModel() throws Exception {
    Patch p = Warmup.samplePatch();
    assertThat(p.id()).isEqualTo(1);
    assertThat(p.headers().toString()).contains("Subject");
    assertThat(p.series()).hasSize(1);
    assertThat(p.delegate()).isPresent();
  }

  @Test
  void logMessagesAreWrittenOnlyWhenVerbose() {
    System.Logger log = new StderrLoggerFinder().getLogger("io.github.patchwork4j.client", getClass().getModule());
    assertThat(log.isLoggable(Level.WARNING)).isFalse();
    StderrLoggerFinder.verbose(true);
    assertThat(log.isLoggable(Level.WARNING)).isTrue();
    assertThat(log.isLoggable(Level.INFO)).isTrue();
    assertThat(log.isLoggable(Level.DEBUG)).isFalse();
    assertThat(log.isLoggable(Level.OFF)).isFalse();
  }
}
