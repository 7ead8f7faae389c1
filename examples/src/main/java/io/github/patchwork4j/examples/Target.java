package io.github.patchwork4j.examples;

import io.github.patchwork4j.client.BlockingPatchworkClient;
import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.testkit.FakePatchwork;
import java.util.Map;
import java.util.Optional;

/**
 * The Patchwork server an example program talks to: a real one when {@code PW_URL} is set (with
 * {@code PW_TOKEN} for writes, {@code PW_PROJECT} for the project), else an embedded {@link
 * FakePatchwork} with its recorded data set, logged in as {@code maint} (maintainer of project
 * {@code alpha}). Closing it closes the client and stops a fake it started.
 *
 * <p>The token is handed to the client and never printed: {@link #describe()} says only whether
 * there is one.
 */
public final class Target implements AutoCloseable {

  /** The fake's user: maintainer of project {@code alpha} in the bundled data set. */
  public static final String FAKE_USER = "maint";
  /** The fake's project the examples work on by default. */
  public static final String FAKE_PROJECT = "alpha";

  private final FakePatchwork fake;
  private final boolean ownsFake;
  private final String url;
  private final String token;
  private final String project;
  private final PatchworkClient client;

  private Target(FakePatchwork fake, boolean ownsFake, String url, String token, String project) {
    this.fake = fake;
    this.ownsFake = ownsFake;
    this.url = url;
    this.token = token;
    this.project = project;
    this.client = newClient();
  }

  /**
   * {@code PW_URL}/{@code PW_TOKEN}/{@code PW_PROJECT} from the environment when {@code PW_URL}
   * is set, else a new embedded fake.
   */
  public static Target fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  static Target fromEnvironment(Map<String, String> env) {
    String url = blankToNull(env.get("PW_URL"));
    if (url == null) {
      FakePatchwork fake = FakePatchwork.start();
      return new Target(fake, true, fake.baseUrl().toString(), fake.tokenFor(FAKE_USER), FAKE_PROJECT);
    }
    return new Target(null, false, url, blankToNull(env.get("PW_TOKEN")), blankToNull(env.get("PW_PROJECT")));
  }

  /** A target on a fake that is already running (the caller stops it), logged in as {@code maint}. */
  public static Target fake(FakePatchwork fake) {
    return new Target(fake, false, fake.baseUrl().toString(), fake.tokenFor(FAKE_USER), FAKE_PROJECT);
  }

  /** The shared client. */
  public BlockingPatchworkClient client() {
    return client.blocking();
  }

  /**
   * A new client with the same address and credentials, sharing nothing with {@link #client()}:
   * what it reads comes from the server, not from anything the first client remembered. The
   * caller closes it.
   */
  public PatchworkClient newClient() {
    PatchworkClient.Builder b = PatchworkClient.builder().baseUrl(url);
    if (token != null) {
      b.token(token);
    }
    return b.build();
  }

  /** Whether requests carry a token, i.e. writes are possible. */
  public boolean canWrite() {
    return token != null;
  }

  /** The embedded fake, when this target is one. */
  public Optional<FakePatchwork> fake() {
    return Optional.ofNullable(fake);
  }

  /**
   * The project to work on: {@code PW_PROJECT}, or {@code alpha} on the fake, or else the first
   * project the server lists.
   */
  public String project() {
    if (project != null) {
      return project;
    }
    return client().projects().list().stream().findFirst()
        .orElseThrow(() -> new IllegalStateException(url + " lists no projects; set PW_PROJECT"))
        .linkName();
  }

  /** One line for people: where, as whom (never the token itself). */
  public String describe() {
    if (fake != null) {
      return "the embedded FakePatchwork at " + url + " (recorded data set, logged in as " + FAKE_USER + ")";
    }
    return url + (token != null ? " (with the token from PW_TOKEN)" : " (anonymous: PW_TOKEN is not set)");
  }

  /** Closes the client, and stops the fake if {@link #fromEnvironment()} started it. */
  @Override
  public void close() {
    client.close();
    if (ownsFake) {
      fake.close();
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
