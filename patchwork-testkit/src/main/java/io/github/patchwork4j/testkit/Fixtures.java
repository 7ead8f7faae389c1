package io.github.patchwork4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.patchwork4j.model.Check;
import io.github.patchwork4j.model.CheckState;
import io.github.patchwork4j.model.Comment;
import io.github.patchwork4j.model.Cover;
import io.github.patchwork4j.model.ImmutableApiIndex;
import io.github.patchwork4j.model.ImmutableBundle;
import io.github.patchwork4j.model.ImmutableCheck;
import io.github.patchwork4j.model.ImmutableCheckRef;
import io.github.patchwork4j.model.ImmutableComment;
import io.github.patchwork4j.model.ImmutableCommentRef;
import io.github.patchwork4j.model.ImmutableCover;
import io.github.patchwork4j.model.ImmutableCoverRef;
import io.github.patchwork4j.model.ImmutablePatch;
import io.github.patchwork4j.model.ImmutablePatchRef;
import io.github.patchwork4j.model.ImmutableProject;
import io.github.patchwork4j.model.ImmutableProjectRef;
import io.github.patchwork4j.model.ImmutableSeries;
import io.github.patchwork4j.model.ImmutableSeriesRef;
import io.github.patchwork4j.model.ImmutableSubmitter;
import io.github.patchwork4j.model.ImmutableUser;
import io.github.patchwork4j.model.ImmutableUserSettings;
import io.github.patchwork4j.model.MailHeaders;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.PatchState;
import io.github.patchwork4j.model.Project;
import io.github.patchwork4j.model.ProjectRef;
import io.github.patchwork4j.model.Series;
import io.github.patchwork4j.model.Submitter;
import io.github.patchwork4j.model.User;
import io.github.patchwork4j.model.event.ImmutableCheckCreatedEvent;
import io.github.patchwork4j.model.event.ImmutableCoverCommentCreatedEvent;
import io.github.patchwork4j.model.event.ImmutableCoverCreatedEvent;
import io.github.patchwork4j.model.event.ImmutablePatchCommentCreatedEvent;
import io.github.patchwork4j.model.event.ImmutablePatchCompletedEvent;
import io.github.patchwork4j.model.event.ImmutablePatchCreatedEvent;
import io.github.patchwork4j.model.event.ImmutablePatchDelegatedEvent;
import io.github.patchwork4j.model.event.ImmutablePatchRelationChangedEvent;
import io.github.patchwork4j.model.event.ImmutablePatchStateChangedEvent;
import io.github.patchwork4j.model.event.ImmutableSeriesCompletedEvent;
import io.github.patchwork4j.model.event.ImmutableSeriesCreatedEvent;
import io.github.patchwork4j.model.json.PatchworkJson;
import io.github.patchwork4j.testkit.internal.Dataset;
import io.github.patchwork4j.testkit.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.stream.Stream;

/**
 * Test data: the recorded exchanges and captures shipped in the testkit, and builders for every
 * model type filled with sensible defaults, so a test sets only what it is about.
 *
 * <pre>{@code
 * Patch p = Fixtures.patch().name("net: fix the frobnicator").state(PatchState.NEW).build();
 * Patch seen = fake.givenPatch(p);                 // stored with a fresh id and the server's links
 * Patch recorded = Fixtures.exchange("v1.3/018-patch-1").bodyAs(Patch.class);
 * }</pre>
 *
 * <p>Defaults point at the bundled data set: project {@code alpha} (maintained by {@code maint}
 * and {@code admin}), submitter Sam Submitter (whose account is {@code sub}), user {@code maint}.
 * Ids default to 0, which the {@code given…} hooks of {@link FakePatchwork} replace with the next
 * free id; URLs default to placeholders on {@code http://patchwork.example} that the hooks replace
 * with the server's own. Message-ids are unique per builder. Dates default to
 * 2026-01-01T00:00:00.
 */
public final class Fixtures {

  private static final String ROOT = "/io/github/patchwork4j/testkit/";
  private static final String HOST = Dataset.CANONICAL_HOST;
  private static final String API = HOST + "/api/1.3/";
  private static final LocalDateTime DATE = LocalDateTime.of(2026, 1, 1, 0, 0);

  private Fixtures() {
  }

  // ---- recorded exchanges and captures

  /**
   * A recorded exchange shipped in the testkit, by folder and file name: {@code
   * "v1.3/018-patch-1"} (the {@code .json} may be given). Folders: {@code v1.3}, {@code v1.2},
   * {@code unversioned}, {@code errors}, {@code writes}, {@code v1.4-dependencies}.
   *
   * @param name folder and file name, e.g. {@code "v1.3/018-patch-1"}
   * @return a recorded exchange shipped in the testkit, by folder and file name: {@code
   *     "v1.3/018-patch-1"} (the {@code .json} may be given)
   * @throws IllegalArgumentException if there is no such recording
   */
  public static RecordedExchange exchange(String name) {
    String file = name.endsWith(".json") ? name : name + ".json";
    try (InputStream in = Fixtures.class.getResourceAsStream(ROOT + "recordings/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("No recorded exchange '" + name + "' in the testkit; use a folder and"
            + " file name such as \"v1.3/018-patch-1\" (see Fixtures.exchanges(folder))");
      }
      return new RecordedExchange(file.replaceFirst("\\.json$", ""), json(in, file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every recorded exchange of a shipped folder (e.g. {@code "v1.3"}), in recording order.
   *
   * @param folder the folder, e.g. {@code "v1.3"}
   * @return every recorded exchange of a shipped folder (e.g. {@code "v1.3"}), in recording order
   */
  public static List<RecordedExchange> exchanges(String folder) {
    List<RecordedExchange> out = new ArrayList<>();
    for (String file : list("recordings/" + folder + "/", ".json")) {
      out.add(exchange(folder + "/" + file));
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("No recordings folder '" + folder + "' in the testkit; there are v1.3,"
          + " v1.2, unversioned, errors, writes and v1.4-dependencies");
    }
    return out;
  }

  /**
   * A recorded exchange from a file of your own (e.g. written by {@link Recorder}).
   *
   * @param file the recorded exchange's JSON file
   * @return a recorded exchange from a file of your own (e.g. written by {@link Recorder})
   */
  public static RecordedExchange exchange(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new RecordedExchange(file.getFileName().toString().replaceFirst("\\.json$", ""),
          json(in, file.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A browsable-API capture shipped in the testkit, by file name without {@code .txt}: {@code
   * 000_7151df8b5738894d} (a 1.2 patch), {@code 001_15451f3de9eb6f78} (an unversioned patch),
   * {@code 002_ab6d2813615b92f4} (a series), all from patchwork.ozlabs.org.
   *
   * @param name the file name without {@code .txt}
   * @return a browsable-API capture shipped in the testkit, by file name without {@code .txt}:
   *     {@code 000_7151df8b5738894d} (a 1.2 patch), {@code 001_15451f3de9eb6f78} (an unversioned
   *     patch), {@code 002_ab6d2813615b92f4} (a series), all from patchwork.ozlabs.org
   */
  public static Capture capture(String name) {
    String file = name.endsWith(".txt") ? name : name + ".txt";
    try (InputStream in = Fixtures.class.getResourceAsStream(ROOT + "seeds/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("No capture '" + name + "' in the testkit; there are " + captures());
      }
      return Capture.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The names of the shipped captures.
   *
   * @return the names of the shipped captures
   */
  public static List<String> captures() {
    List<String> out = new ArrayList<>();
    list("seeds/", ".txt").forEach(f -> out.add(f.replaceFirst("\\.txt$", "")));
    return out;
  }

  /**
   * A browsable-API capture from a file of your own (copied from a browser).
   *
   * @param file the capture file
   * @return a browsable-API capture from a file of your own (copied from a browser)
   */
  public static Capture capture(Path file) {
    try {
      return Capture.parse(file.getFileName().toString(), Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(InputStream in, String name) throws IOException {
    try {
      return Json.mapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalArgumentException(name + " is not JSON: " + e.getMessage(), e);
    }
  }

  /** File names with the suffix in a resource folder of the testkit, sorted; works from a jar too. */
  private static List<String> list(String folder, String suffix) {
    URL url = Fixtures.class.getResource(ROOT + folder);
    List<String> out = new ArrayList<>();
    if (url == null) {
      return out;
    }
    try {
      if (url.getProtocol().equals("jar")) {
        JarURLConnection conn = (JarURLConnection) url.openConnection();
        conn.setUseCaches(false);
        String prefix = conn.getEntryName();
        try (var jar = conn.getJarFile()) {
          for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
            String entry = e.nextElement().getName();
            String rest = entry.startsWith(prefix) ? entry.substring(prefix.length()) : "";
            if (rest.endsWith(suffix) && !rest.contains("/")) {
              out.add(rest);
            }
          }
        }
      } else {
        try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
          s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).forEach(out::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    out.sort(null);
    return out;
  }

  // ---- builders

  private static final class Defaults {
    private static final ObjectMapper MAPPER = PatchworkJson.mapper();
    // Only the three small files: the defaults never need the data set's patches or events.
    private static final Dataset SOURCE = Dataset.bundledLists("projects", "users", "people");
    static final Project ALPHA = read(SOURCE.list("projects").get(0), Project.class);
    static final ProjectRef ALPHA_REF = read(SOURCE.list("projects").get(0), ProjectRef.class);
    static final User MAINT = read(SOURCE.list("users").get(1), User.class);
    static final Submitter SAM = read(SOURCE.list("people").get(3), Submitter.class);

    private static <T> T read(JsonNode node, Class<T> type) {
      try {
        return MAPPER.treeToValue(node, type);
      } catch (IOException e) {
        throw new IllegalStateException("The bundled data set does not read as " + type.getSimpleName(), e);
      }
    }
  }

  private static String msgid() {
    return "<fixture-" + UUID.randomUUID() + "@example.org>";
  }

  /** A URL of the fake's host, checked as a URI and kept as the text the model stores. */
  private static String uri(String s) {
    return URI.create(s).toString();
  }

  /**
   * The default project as embedded elsewhere: {@code alpha}.
   *
   * @return the default project as embedded elsewhere: {@code alpha}
   */
  public static ImmutableProjectRef.Builder projectRef() {
    return ImmutableProjectRef.builder().from(Defaults.ALPHA_REF);
  }

  /**
   * The project as embedded in patches, covers, series and bundles, taken from a project, e.g.
   * one a test added with {@link FakePatchwork#givenProject(Project)}.
   *
   * @param project the project, as the server answers it
   * @return the embedded form of that project
   */
  public static ProjectRef projectRef(Project project) {
    Objects.requireNonNull(project, "project");
    return Defaults.MAPPER.convertValue(project, ProjectRef.class);
  }

  /**
   * A new project, {@code fixture} ({@code list_email fixture@lists.example.org}), maintained by
   * {@code maint}.
   *
   * @return a new project, {@code fixture} ({@code list_email fixture@lists.example.org}),
   *     maintained by {@code maint}
   */
  public static ImmutableProject.Builder project() {
    return ImmutableProject.builder()
        .id(0).url(uri(API + "projects/0/")).name("Fixture").linkName("fixture")
        .listId("fixture.example.org").listEmail("fixture@lists.example.org")
        .addMaintainers(Defaults.MAINT).subjectMatch("")
        .listArchiveUrl("").listArchiveUrlFormat("").commitUrlFormat("");
  }

  /**
   * A new user, {@code fixture-user}, without settings.
   *
   * @return a new user, {@code fixture-user}, without settings
   */
  public static ImmutableUser.Builder user() {
    return ImmutableUser.builder().id(0).url(uri(API + "users/0/")).username("fixture-user")
        .firstName("Fixture").lastName("User").email("fixture-user@example.org");
  }

  /**
   * The server's default settings: no e-mail, 100 items per page, no ids shown.
   *
   * @return the server's default settings: no e-mail, 100 items per page, no ids shown
   */
  public static ImmutableUserSettings.Builder userSettings() {
    return ImmutableUserSettings.builder().sendEmail(false).itemsPerPage(100).showIds(false);
  }

  /**
   * A person (the {@code /people/} resource, a patch's submitter): Sam Submitter, account {@code sub}.
   *
   * @return a person (the {@code /people/} resource, a patch's submitter): Sam Submitter, account
   *     {@code sub}
   */
  public static ImmutableSubmitter.Builder person() {
    return ImmutableSubmitter.builder().from(Defaults.SAM);
  }

  /**
   * A new patch to project {@code alpha} by Sam Submitter: state {@code new}, not archived, no
   * delegate, no series, a one-line diff, a unique message-id.
   *
   * @return a new patch to project {@code alpha} by Sam Submitter: state {@code new}, not archived,
   *     no delegate, no series, a one-line diff, a unique message-id
   */
  public static ImmutablePatch.Builder patch() {
    String msgid = msgid();
    String web = HOST + "/project/alpha/patch/" + msgid.substring(1, msgid.length() - 1) + "/";
    return ImmutablePatch.builder()
        .id(0).url(uri(API + "patches/0/")).webUrl(uri(web)).project(Defaults.ALPHA_REF).msgid(msgid)
        .date(DATE).name("fixture: add a file").state(PatchState.NEW).archived(false)
        .submitter(Defaults.SAM).mbox(uri(web + "mbox/"))
        .comments(uri(HOST + "/api/patches/0/comments/")).check(CheckState.PENDING)
        .checks(uri(HOST + "/api/patches/0/checks/"))
        .headers(MailHeaders.builder().add("From", "Sam Submitter <sub@example.com>")
            .add("Subject", "[PATCH] fixture: add a file").add("Message-Id", msgid).build())
        .content("Adds a file.\n\nSigned-off-by: Sam Submitter <sub@example.com>")
        .diff("diff --git a/fixture.txt b/fixture.txt\nnew file mode 100644\n--- /dev/null\n"
            + "+++ b/fixture.txt\n@@ -0,0 +1 @@\n+fixture\n");
  }

  /**
   * A new patch like {@link #patch()}, to this project (its links follow the project's link name).
   *
   * @param project the project, e.g. as {@link FakePatchwork#givenProject(Project)} answered it
   * @return a patch builder with the project set
   */
  public static ImmutablePatch.Builder patch(Project project) {
    ImmutablePatch.Builder b = patch();
    String web = webUrl(project, "patch", b.build().msgid());
    return b.project(projectRef(project)).webUrl(uri(web)).mbox(uri(web + "mbox/"));
  }

  /**
   * The default patch as embedded in series, bundles and events.
   *
   * @return the default patch as embedded in series, bundles and events
   */
  public static ImmutablePatchRef.Builder patchRef() {
    Patch p = patch().build();
    return ImmutablePatchRef.builder().id(p.id()).url(p.url().toString()).webUrl(p.webUrl().map(URI::toString)).msgid(p.msgid()).date(p.date())
        .name(p.name()).mbox(p.mbox().toString());
  }

  /**
   * A new cover letter to {@code alpha} by Sam Submitter.
   *
   * @return a new cover letter to {@code alpha} by Sam Submitter
   */
  public static ImmutableCover.Builder cover() {
    String msgid = msgid();
    String web = HOST + "/project/alpha/cover/" + msgid.substring(1, msgid.length() - 1) + "/";
    return ImmutableCover.builder()
        .id(0).url(uri(API + "covers/0/")).webUrl(uri(web)).project(Defaults.ALPHA_REF).msgid(msgid)
        .date(DATE).name("[0/1] fixture series").submitter(Defaults.SAM).mbox(uri(web + "mbox/"))
        .comments(uri(HOST + "/api/covers/0/comments/"))
        .content("This series adds a fixture.");
  }

  /**
   * A new cover letter like {@link #cover()}, to this project.
   *
   * @param project the project, e.g. as {@link FakePatchwork#givenProject(Project)} answered it
   * @return a cover letter builder with the project set
   */
  public static ImmutableCover.Builder cover(Project project) {
    ImmutableCover.Builder b = cover();
    String web = webUrl(project, "cover", b.build().msgid());
    return b.project(projectRef(project)).webUrl(uri(web)).mbox(uri(web + "mbox/"));
  }

  /**
   * The default cover letter as embedded in series and events.
   *
   * @return the default cover letter as embedded in series and events
   */
  public static ImmutableCoverRef.Builder coverRef() {
    Cover c = cover().build();
    return ImmutableCoverRef.builder().id(c.id()).url(c.url().toString()).webUrl(c.webUrl().map(URI::toString)).msgid(c.msgid()).date(c.date())
        .name(c.name()).mbox(c.mbox().toString());
  }

  /**
   * A new series of one patch (version 1) to {@code alpha}, nothing received yet.
   *
   * @return a new series of one patch (version 1) to {@code alpha}, nothing received yet
   */
  public static ImmutableSeries.Builder series() {
    return ImmutableSeries.builder()
        .id(0).url(uri(API + "series/0/")).webUrl(uri(HOST + "/project/alpha/list/?series=0"))
        .project(Defaults.ALPHA_REF).name("fixture series").date(DATE).submitter(Defaults.SAM)
        .version(1).total(1).receivedTotal(0).receivedAll(false).mbox(uri(HOST + "/series/0/mbox/"));
  }

  /**
   * A new series like {@link #series()}, to this project.
   *
   * @param project the project, e.g. as {@link FakePatchwork#givenProject(Project)} answered it
   * @return a series builder with the project set
   */
  public static ImmutableSeries.Builder series(Project project) {
    return series().project(projectRef(project))
        .webUrl(uri(HOST + "/project/" + project.linkName() + "/list/?series=0"));
  }

  /**
   * The default series as embedded in patches, covers and events.
   *
   * @return the default series as embedded in patches, covers and events
   */
  public static ImmutableSeriesRef.Builder seriesRef() {
    Series s = series().build();
    return ImmutableSeriesRef.builder().id(s.id()).url(s.url().toString()).webUrl(s.webUrl().map(URI::toString)).date(s.date()).name(s.name())
        .version(s.version()).mbox(s.mbox().toString());
  }

  /**
   * A comment by Sam Submitter, not addressed.
   *
   * @return a comment by Sam Submitter, not addressed
   */
  public static ImmutableComment.Builder comment() {
    return ImmutableComment.builder()
        .id(0).url(uri(API + "patches/0/comments/0/")).webUrl(uri(HOST + "/comment/0/")).msgid(msgid())
        .date(DATE).subject("Re: [PATCH] fixture: add a file").submitter(Defaults.SAM)
        .content("Looks good.\n\nReviewed-by: Sam Submitter <sub@example.com>");
  }

  /**
   * The default comment as embedded in events.
   *
   * @return the default comment as embedded in events
   */
  public static ImmutableCommentRef.Builder commentRef() {
    Comment c = comment().build();
    return ImmutableCommentRef.builder().id(c.id()).url(c.url().map(URI::toString)).webUrl(c.webUrl().toString()).msgid(c.msgid())
        .date(c.date());
  }

  /**
   * A {@code success} check by {@code maint}, context {@code default}.
   *
   * @return a {@code success} check by {@code maint}, context {@code default}
   */
  public static ImmutableCheck.Builder check() {
    return ImmutableCheck.builder()
        .id(0).url(uri(API + "patches/0/checks/0/")).user(Defaults.MAINT).date(DATE)
        .state(CheckState.SUCCESS).context("default");
  }

  /**
   * The default check as embedded in events.
   *
   * @return the default check as embedded in events
   */
  public static ImmutableCheckRef.Builder checkRef() {
    Check c = check().build();
    return ImmutableCheckRef.builder().id(c.id()).url(c.url().toString()).date(c.date()).state(c.state())
        .context(c.context());
  }

  /**
   * A private bundle {@code fixture} of {@code maint}, project {@code alpha}, no patches yet.
   *
   * @return a private bundle {@code fixture} of {@code maint}, project {@code alpha}, no patches
   *     yet
   */
  public static ImmutableBundle.Builder bundle() {
    String web = HOST + "/bundle/maint/fixture/";
    return ImmutableBundle.builder()
        .id(0).url(uri(API + "bundles/0/")).webUrl(uri(web)).project(Defaults.ALPHA_REF).name("fixture")
        .owner(Defaults.MAINT).isPublic(false).mbox(uri(web + "mbox/"));
  }

  /**
   * A new bundle like {@link #bundle()}, of this project.
   *
   * @param project the project, e.g. as {@link FakePatchwork#givenProject(Project)} answered it
   * @return a bundle builder with the project set
   */
  public static ImmutableBundle.Builder bundle(Project project) {
    return bundle().project(projectRef(project));
  }

  private static String webUrl(Project project, String kind, String msgid) {
    String bare = msgid.substring(1, msgid.length() - 1);
    return HOST + "/project/" + project.linkName() + "/" + kind + "/" + bare + "/";
  }

  /**
   * The index document of API 1.3 on {@code http://patchwork.example}.
   *
   * @return the index document of API 1.3 on {@code http://patchwork.example}
   */
  public static ImmutableApiIndex.Builder apiIndex() {
    return ImmutableApiIndex.builder()
        .projects(uri(API + "projects/")).users(uri(API + "users/")).people(uri(API + "people/"))
        .patches(uri(API + "patches/")).covers(uri(API + "covers/")).series(uri(API + "series/"))
        .events(uri(API + "events/")).bundles(uri(API + "bundles/"));
  }

  // ---- events: project alpha, dated 2026-01-01, no actor unless the category has one

  /**
   * A {@code cover-created} event of the default cover letter.
   *
   * @return a {@code cover-created} event of the default cover letter
   */
  public static ImmutableCoverCreatedEvent.Builder coverCreatedEvent() {
    return ImmutableCoverCreatedEvent.builder().id(0).project(Defaults.ALPHA_REF).date(DATE)
        .cover(coverRef().build());
  }

  /**
   * A {@code patch-created} event of the default patch.
   *
   * @return a {@code patch-created} event of the default patch
   */
  public static ImmutablePatchCreatedEvent.Builder patchCreatedEvent() {
    return ImmutablePatchCreatedEvent.builder().id(0).project(Defaults.ALPHA_REF).date(DATE)
        .patch(patchRef().build());
  }

  /**
   * A {@code patch-completed} event of the default patch and series.
   *
   * @return a {@code patch-completed} event of the default patch and series
   */
  public static ImmutablePatchCompletedEvent.Builder patchCompletedEvent() {
    return ImmutablePatchCompletedEvent.builder().id(0).project(Defaults.ALPHA_REF).date(DATE)
        .patch(patchRef().build()).series(seriesRef().build());
  }

  /**
   * {@code new} to {@code under-review} by {@code maint}.
   *
   * @return {@code new} to {@code under-review} by {@code maint}
   */
  public static ImmutablePatchStateChangedEvent.Builder patchStateChangedEvent() {
    return ImmutablePatchStateChangedEvent.builder().id(0).project(Defaults.ALPHA_REF).date(DATE)
        .actor(Defaults.MAINT).patch(patchRef().build())
        .previousState(PatchState.NEW).currentState(PatchState.UNDER_REVIEW);
  }

  /**
   * Delegated to {@code maint} by {@code maint}.
   *
   * @return delegated to {@code maint} by {@code maint}
   */
  public static ImmutablePatchDelegatedEvent.Builder patchDelegatedEvent() {
    return ImmutablePatchDelegatedEvent.builder().id(0).project(Defaults.ALPHA_REF).date(DATE)
        .actor(Defaults.MAINT).patch(patchRef().build()).currentDelegate(Defaults.MAINT);
  }

  /**
   * A {@code patch-relation-changed} event by {@code maint} (the server sends no relation details).
   *
   * @return a {@code patch-relation-changed} event by {@code maint} (the server sends no relation
   *     details)
   */
  public static ImmutablePatchRelationChangedEvent.Builder patchRelationChangedEvent() {
    return ImmutablePatchRelationChangedEvent.builder().id(0).project(Defaults.ALPHA_REF).date(DATE)
        .actor(Defaults.MAINT).patch(patchRef().build());
  }

  /**
   * A check by {@code maint}, who is the actor.
   *
   * @return a check by {@code maint}, who is the actor
   */
  public static ImmutableCheckCreatedEvent.Builder checkCreatedEvent() {
    return ImmutableCheckCreatedEvent.builder().id(0).project(Defaults.ALPHA_REF).date(DATE)
        .actor(Defaults.MAINT).patch(patchRef().build()).check(checkRef().build());
  }

  /**
   * A {@code series-created} event of the default series.
   *
   * @return a {@code series-created} event of the default series
   */
  public static ImmutableSeriesCreatedEvent.Builder seriesCreatedEvent() {
    return ImmutableSeriesCreatedEvent.builder().id(0).project(Defaults.ALPHA_REF).date(DATE)
        .series(seriesRef().build());
  }

  /**
   * A {@code series-completed} event of the default series.
   *
   * @return a {@code series-completed} event of the default series
   */
  public static ImmutableSeriesCompletedEvent.Builder seriesCompletedEvent() {
    return ImmutableSeriesCompletedEvent.builder().id(0).project(Defaults.ALPHA_REF).date(DATE)
        .series(seriesRef().build());
  }

  /**
   * A {@code cover-comment-created} event (API 1.3) of the default cover and comment.
   *
   * @return a {@code cover-comment-created} event (API 1.3) of the default cover and comment
   */
  public static ImmutableCoverCommentCreatedEvent.Builder coverCommentCreatedEvent() {
    return ImmutableCoverCommentCreatedEvent.builder().id(0).project(Defaults.ALPHA_REF).date(DATE)
        .cover(coverRef().build()).comment(commentRef().build());
  }

  /**
   * A {@code patch-comment-created} event (API 1.3) of the default patch and comment.
   *
   * @return a {@code patch-comment-created} event (API 1.3) of the default patch and comment
   */
  public static ImmutablePatchCommentCreatedEvent.Builder patchCommentCreatedEvent() {
    return ImmutablePatchCommentCreatedEvent.builder().id(0).project(Defaults.ALPHA_REF).date(DATE)
        .patch(patchRef().build()).comment(commentRef().build());
  }
}
