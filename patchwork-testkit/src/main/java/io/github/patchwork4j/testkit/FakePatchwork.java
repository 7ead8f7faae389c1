package io.github.patchwork4j.testkit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.model.Bundle;
import io.github.patchwork4j.model.Check;
import io.github.patchwork4j.model.Comment;
import io.github.patchwork4j.model.Cover;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.Project;
import io.github.patchwork4j.model.Series;
import io.github.patchwork4j.model.Submitter;
import io.github.patchwork4j.model.User;
import io.github.patchwork4j.model.json.PatchworkJson;
import io.github.patchwork4j.testkit.internal.Bridge;
import io.github.patchwork4j.testkit.internal.Call;
import io.github.patchwork4j.testkit.internal.Control;
import io.github.patchwork4j.testkit.internal.Credentials;
import io.github.patchwork4j.testkit.internal.Dataset;
import io.github.patchwork4j.testkit.internal.MailBox;
import io.github.patchwork4j.testkit.internal.mail.Mbox;
import io.github.patchwork4j.testkit.internal.Server;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A Patchwork server on {@code 127.0.0.1} that answers like a real one (Patchwork 3.2.1, API
 * 1.0–1.3 by default), for tests of code that talks to Patchwork.
 *
 * <pre>{@code
 * try (FakePatchwork fake = FakePatchwork.start()) {   // recorded data set, 127.0.0.1, free port
 *     PatchworkClient pw = PatchworkClient.builder()
 *         .baseUrl(fake.baseUrl().toString()).token(fake.tokenFor("maint")).build();
 *     ...
 * }
 * }</pre>
 *
 * <p>What it serves: every read endpoint of the REST API under {@code /api/} and {@code
 * /api/1.0/} … {@code /api/1.3/} with the fields of each version, the server's filters (including
 * its quirks: an invalid filter value gives an empty list), ordering, search, pagination with
 * {@code Link} headers and {@code per_page} up to 250, HTML 404 pages for unknown routes and
 * versions, 301 for a missing trailing slash, 403 for bad tokens and missing rights, the web
 * downloads (patch, cover, series and bundle mbox, raw diffs) and a 500 where the real server
 * has a known bug. Links in bodies and headers use this server's address.
 *
 * <p>It is stateful: a {@code PATCH} of a patch shows in the next {@code GET} and emits the
 * events the real server emits; a posted check shows in the check list and in the patch's
 * combined {@code check}; bundles can be created, changed and deleted; comments can be marked
 * addressed; projects and your own user can be updated. {@link #reset()} returns to the data set.
 *
 * <p>Users: the default data set has {@code admin} (superuser, maintainer of both projects),
 * {@code maint} (maintainer of {@code alpha}), {@code maint2} (maintainer of {@code beta}),
 * {@code sub} (submitter of some patches) and {@code other} (no rights). Each has a token, see
 * {@link #tokenFor(String)}, and a password for Basic authentication, see {@link
 * #passwordFor(String)}.
 *
 * <p>Each instance is independent (own port, own state, no static state) and thread-safe;
 * requests are answered one at a time.
 *
 * <p>Where it differs from a real server, on purpose: it always answers JSON (no browsable HTML
 * API, {@code ?format=} is not echoed into links); dates it sets (events, checks) come from the
 * builder's clock (UTC by default), but always after every date already in the data set, so a bot
 * polling with {@code since} sees them even when the data set is dated after your machine's clock;
 * mbox files are built like the server's but not byte for byte (header folding); the web pages
 * behind {@code web_url} are plain stand-ins; {@code order=check} sorts by the combined check;
 * list filters are not applied to detail views; a {@code multipart/form-data} body without a
 * boundary is refused by the HTTP engine with a 500 page, where the server answers {@code 400
 * {"detail": "Multipart form parse error - …"}}.
 */
public final class FakePatchwork implements AutoCloseable {

  private final Server server;
  private final WireMockServer wireMock;
  private final ApiVersion maxApiVersion;
  private final URI baseUrl;
  private final List<RecordedRequest> requests = new ArrayList<>();
  private final ObjectMapper mapper = PatchworkJson.mapper();
  private final MailBox mailBox;

  private FakePatchwork(Builder b) {
    this.maxApiVersion = b.maxApiVersion;
    this.server = new Server(b.dataset, b.maxApiVersion.minor(), b.clock, new Credentials());
    this.mailBox = new MailBox(server);
    UUID fakeStub = UUID.randomUUID();
    Control control = b.control ? new Control(this::deliver, this::reset) : null;
    Bridge bridge = new Bridge(server, this::log, fakeStub, control);
    WireMockServer wm = new WireMockServer(WireMockConfiguration.options()
        .bindAddress("127.0.0.1")
        .port(b.port)
        .http2PlainDisabled(true)
        .containerThreads(8)
        .jettyAcceptors(1)
        .gzipDisabled(true)
        .stubCorsEnabled(false)
        .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
        .maxRequestJournalEntries(1000)
        .extensionScanningEnabled(false)
        .extensions(bridge));
    try {
      wm.start();
      wm.stubFor(WireMock.any(WireMock.anyUrl()).withId(fakeStub).willReturn(WireMock.aResponse().withStatus(500)));
    } catch (RuntimeException e) {
      wm.stop();
      throw e;
    }
    this.wireMock = wm;
    this.baseUrl = URI.create("http://127.0.0.1:" + wm.port());
    server.base(baseUrl.toString());
  }

  /**
   * Starts a server with the bundled data set, serving API 1.0–1.3 like Patchwork 3.2.1.
   *
   * @return the running server; close it when done
   */
  public static FakePatchwork start() {
    return builder().start();
  }

  /**
   * Options: the newest API version served, the data set, the clock for server-set dates.
   *
   * @return this builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private void log(Call call) {
    RecordedRequest r = new RecordedRequest(call.method(), call.rawPath(), call.rawQuery(), call.headers(),
        call.body(), server.userOf(call));
    synchronized (requests) {
      requests.add(r);
    }
  }

  /**
   * The server's address, {@code http://127.0.0.1:PORT}, without a trailing slash.
   *
   * @return the server's address, {@code http://127.0.0.1:PORT}, without a trailing slash
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * The newest API version this server serves (1.3 unless the builder said otherwise).
   *
   * @return the newest API version this server serves (1.3 unless the builder said otherwise)
   */
  public ApiVersion maxApiVersion() {
    return maxApiVersion;
  }

  /**
   * The API token of a user of the data set, for {@code Authorization: Token …}. Tokens are 40
   * hex digits derived from the username and a secret drawn when the server starts: stable for
   * the life of this server (also across {@link #reset()}), unknown to every other server.
   *
   * @param username the user name
   * @return the API token of a user of the data set, for {@code Authorization: Token …}
   * @throws IllegalArgumentException if the data set has no such user (the message lists them)
   */
  public String tokenFor(String username) {
    return server.tokenFor(Objects.requireNonNull(username, "username"));
  }

  /**
   * The password of a user of the data set, for Basic authentication. Like tokens, derived per
   * server.
   *
   * @param username the user name
   * @return the password of a user of the data set, for Basic authentication
   * @throws IllegalArgumentException if the data set has no such user
   */
  public String passwordFor(String username) {
    return server.passwordFor(Objects.requireNonNull(username, "username"));
  }

  /**
   * Every request received since the start or the last {@link #reset()}, oldest first.
   *
   * @return every request received since the start or the last {@link #reset()}, oldest first
   */
  public List<RecordedRequest> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** Back to the data set the server started with, and forgets the requests received. */
  public void reset() {
    server.reset();
    synchronized (requests) {
      requests.clear();
    }
  }

  // ---- mail

  /**
   * Delivers mail as a mailing list delivers it to Patchwork: one raw RFC 5322 message, or an
   * mbox (text starting with a {@code From } line) whose messages are delivered in order. Each
   * message becomes what Patchwork 3.2.1's parser makes of it: a patch or pull request in a
   * series, a cover letter, or a comment on the patch or cover it answers, with the server's
   * events. The project is the one whose list id the mail's {@code List-Id} names. A message the
   * server ignores (unknown list, no diff and no text, a reply to nothing known, a message id
   * already stored) is dropped, as there.
   *
   * @param rawMessage the message or mbox, as text
   * @return how many of the messages were stored (the rest were dropped)
   */
  public int deliver(String rawMessage) {
    Objects.requireNonNull(rawMessage, "rawMessage");
    return deliver(rawMessage.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Delivers the message or mbox in a file; see {@link #deliver(String)}.
   *
   * @param file a file holding one message or an mbox
   * @return how many of the messages were stored
   * @throws UncheckedIOException when the file cannot be read
   */
  public int deliver(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return deliver(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read mail from " + file, e);
    }
  }

  private int deliver(byte[] input) {
    int stored = 0;
    for (byte[] message : Mbox.split(input)) {
      if (mailBox.deliver(message).stored()) {
        stored++;
      }
    }
    return stored;
  }

  // ---- test data

  /**
   * Adds a project, or replaces the one with the same id; id 0 takes the next free id.
   * Maintainers that are not users yet are added.
   *
   * @param project the project to add
   * @return the project as this server now answers it (newest API version)
   */
  public Project givenProject(Project project) {
    return given("project", project, 0, Project.class);
  }

  /**
   * Adds a user (or replaces the one with the same id; id 0 takes the next free id), who then has
   * a token: {@link #tokenFor(String)} with its username.
   *
   * @param user the user to add
   * @return the user as this server now answers it
   */
  public User givenUser(User user) {
    return given("user", user, 0, User.class);
  }

  /**
   * Adds a person (a submitter of mail), or replaces the one with the same id.
   *
   * @param person the person to add
   * @return the person as this server now answers it
   */
  public Submitter givenPerson(Submitter person) {
    return given("person", person, 0, Submitter.class);
  }

  /**
   * Adds a patch as if it had arrived by mail, or replaces the one with the same id (id 0 takes
   * the next free id). Its project must exist; its submitter and delegate are added if unknown;
   * its series must exist and gain the patch; {@code related} patches join its relation. Links
   * ({@code url}, {@code web_url}, {@code mbox}, …), {@code list_archive_url} and {@code check}
   * are the server's, whatever the given object says. Like the server, a patch with a diff and no
   * {@code hash} gets {@link io.github.patchwork4j.model.DiffHash#of(String) the hash of its diff}
   * (a given hash is kept; no diff, no hash). A new patch emits {@code patch-created}; a patch that
   * joins a series then emits, as the server does, {@code patch-completed} when every
   * lower-numbered patch of the series is there (and for the following patches this completes) and
   * {@code series-completed} when the series has at least its {@code total} patches.
   *
   * <pre>{@code
   * Patch p = fake.givenPatch(Fixtures.patch().name("net: fix it").build());
   * }</pre>
   *
   * @param patch the patch to add, e.g. from {@link Fixtures#patch()}
   * @return the patch as this server now answers it (detail view, newest API version)
   * @throws IllegalArgumentException if its project or series does not exist
   */
  public Patch givenPatch(Patch patch) {
    return given("patch", patch, 0, Patch.class);
  }

  /**
   * Adds a cover letter (emits {@code cover-created} when new); its series become its own.
   *
   * @param cover the cover letter to add
   * @return the cover letter as this server now answers it
   */
  public Cover givenCover(Cover cover) {
    return given("cover", cover, 0, Cover.class);
  }

  /**
   * Adds a series (emits {@code series-created} when new); the listed patches must exist and move
   * into it, and its counts follow the patches that name it.
   *
   * @param series the series to add
   * @return the series as this server now answers it
   */
  public Series givenSeries(Series series) {
    return given("series", series, 0, Series.class);
  }

  /**
   * Adds a check to a patch as if its user had posted it (emits {@code check-created}); it counts
   * in the patch's combined {@code check}.
   *
   * @param patchId the patch's id
   * @param check the check to add; its user is the one who posted it
   * @return the check as this server now answers it
   */
  public Check givenCheck(long patchId, Check check) {
    return given("check", check, patchId, Check.class);
  }

  /**
   * Adds a comment to a patch (emits {@code patch-comment-created}).
   *
   * @param patchId the patch's id
   * @param comment the comment to add
   * @return the comment as this server now answers it
   */
  public Comment givenPatchComment(long patchId, Comment comment) {
    return given("patch-comment", comment, patchId, Comment.class);
  }

  /**
   * Adds a comment to a cover letter (emits {@code cover-comment-created}).
   *
   * @param coverId the cover letter's id
   * @param comment the comment to add
   * @return the comment as this server now answers it
   */
  public Comment givenCoverComment(long coverId, Comment comment) {
    return given("cover-comment", comment, coverId, Comment.class);
  }

  /**
   * Adds a bundle, or replaces the one with the same id; its owner and patches must exist.
   *
   * @param bundle the bundle to add
   * @return the bundle as this server now answers it
   */
  public Bundle givenBundle(Bundle bundle) {
    return given("bundle", bundle, 0, Bundle.class);
  }

  private <T> T given(String kind, Object model, long owner, Class<T> type) {
    Objects.requireNonNull(model, kind);
    JsonNode stored = server.given(kind, mapper.valueToTree(model), Math.toIntExact(owner));
    try {
      return mapper.treeToValue(stored, type);
    } catch (IOException e) {
      throw new IllegalStateException("The fake's " + kind + " does not read back as " + type.getSimpleName(), e);
    }
  }

  /**
   * Escape hatch: the WireMock server underneath, e.g. to inject faults or delays with your own
   * stubs. A stub you add answers the requests it matches instead of the fake (which then does
   * not see them, though {@link #requests()} lists them) until you remove it with {@code
   * removeStub(...)}; {@code resetAll()} or {@code resetMappings()} would remove the fake's own
   * catch-all stub too. Not part of the stable API: the HTTP engine may change.
   *
   * @return escape hatch: the WireMock server underneath, e.g. to inject faults or delays with your
   *     own stubs
   */
  public WireMockServer wireMock() {
    return wireMock;
  }

  /** Stops the server and frees its port. */
  @Override
  public void close() {
    wireMock.stop();
  }

  @Override
  public String toString() {
    return "FakePatchwork[" + baseUrl + ", API up to " + maxApiVersion + "]";
  }

  /** How to start a {@link FakePatchwork}. */
  public static final class Builder {

    private ApiVersion maxApiVersion = ApiVersion.V1_3;
    private Dataset dataset;
    private Clock clock = Clock.systemUTC();
    private int port;
    private boolean control;

    private Builder() {
    }

    /**
     * The newest API version served, 1.0 to 1.4; newer prefixes are an HTML 404 as on a
     * server of that release. Default 1.3, like Patchwork 3.2.1. With 1.4, projects gain
     * {@code show_dependencies} and series {@code dependencies}/{@code dependents}.
     *
     * @param version the API version
     * @return this builder
     */
    public Builder maxApiVersion(ApiVersion version) {
      Objects.requireNonNull(version, "version");
      if (version.major() != 1 || version.minor() > 4) {
        throw new IllegalArgumentException("FakePatchwork serves API 1.0 to 1.4, not " + version);
      }
      this.maxApiVersion = version;
      return this;
    }

    /**
     * Seeds the server from a directory laid out like the bundled data set ({@code
     * projects.json}, {@code users.json}, {@code people.json}, {@code patches.json}, {@code
     * covers.json}, {@code series.json}, {@code bundles.json}, {@code events.json}: arrays of
     * API 1.3 detail objects; {@code checks.json}: checks by patch id; {@code comments.json}:
     * comments by {@code "patch/ID"} / {@code "cover/ID"}), with URLs on {@code
     * http://patchwork.example} — what {@code Recorder} writes. A missing file
     * means no objects of that kind. Each directory is parsed once per JVM.
     *
     * @param directory the data set's directory
     * @return this builder
     */
    public Builder dataset(Path directory) {
      this.dataset = Dataset.directory(Objects.requireNonNull(directory, "directory"));
      return this;
    }

    /**
     * Seeds the server with the bundled data set's users and projects only: {@code admin},
     * {@code maint}, {@code maint2}, {@code sub}, {@code other} and projects {@code alpha} and
     * {@code beta}, with no patches, covers, series, bundles, checks, comments or events. A test
     * then adds exactly what it is about with the {@code given…} methods, and a bot that lists a
     * project sees only that, which keeps bot tests fast.
     *
     * <pre>{@code
     * try (FakePatchwork fake = FakePatchwork.builder().emptyDataset().start()) { ... }
     * }</pre>
     *
     * @return this builder
     */
    public Builder emptyDataset() {
      this.dataset = Dataset.usersAndProjects();
      return this;
    }

    /**
     * The clock of server-set dates (checks, events); UTC wall clock by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The port to listen on (on 127.0.0.1); 0, the default, takes a free one.
     *
     * @param port 0 to 65535
     * @return this builder
     * @throws IllegalArgumentException when the port is out of range
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("A port is 0 (any free one) to 65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /** Serves the control endpoints under {@code /_fake/} (the standalone fake). */
    Builder controlEndpoints() {
      this.control = true;
      return this;
    }

    /**
     * Starts the server on 127.0.0.1 and a free port.
     *
     * @return the running server; close it when done
     */
    public FakePatchwork start() {
      if (dataset == null) {
        dataset = Dataset.bundled();
      }
      return new FakePatchwork(this);
    }
  }
}
