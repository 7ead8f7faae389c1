package io.github.patchwork4j.client;

import io.github.patchwork4j.model.CheckState;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A check (a CI result) to post on a patch with {@code pw.checks().create(patchId, check)} or
 * {@code pw.checks().report(patchId, check)}: {@code POST patches/{id}/checks/}.
 *
 * <p>What the server does (docs/server-behaviour.md, "Checks"): it records the check under the
 * <em>authenticated</em> user with the current date and answers {@code 201} with it. Checks
 * cannot be edited or deleted; a newer check with the same user and context supersedes older
 * ones in the patch's combined {@code check} state. Fields:
 *
 * <ul>
 *   <li>{@code state} (required): {@code pending}, {@code success}, {@code warning} or {@code
 *       fail}.
 *   <li>{@code context}: a slug ({@code [-a-zA-Z0-9_]+}, ≤ 255 characters); the server uses
 *       {@code "default"} when it is absent.
 *   <li>{@code target_url}: an absolute URL of at most 200 characters, or absent.
 *   <li>{@code description}: free text, or absent.
 * </ul>
 *
 * <p>The body never carries a {@code user}: the server would record the check under whatever
 * user id it names. Values the server would refuse with {@code 400} are refused here with
 * {@link IllegalArgumentException}, before anything is sent.
 */
public final class NewCheck {

  /** The context the server gives a check posted without one. */
  public static final String DEFAULT_CONTEXT = "default";

  static final int MAX_CONTEXT = 255;
  static final int MAX_TARGET_URL = 200;
  private static final Pattern SLUG = Pattern.compile("[-a-zA-Z0-9_]+");

  private final CheckState state;
  private final String context;
  private final String targetUrl;
  private final String description;
  private final WriteBody body;

  private NewCheck(Builder b) {
    this.state = b.state;
    this.context = b.context == null ? DEFAULT_CONTEXT : b.context;
    this.targetUrl = b.targetUrl;
    this.description = b.description;
    WriteBody.Builder w = WriteBody.builder().put("state", state.value());
    if (b.context != null) {
      w.put("context", b.context);
    }
    if (targetUrl != null) {
      w.put("target_url", targetUrl);
    }
    if (description != null) {
      w.put("description", description);
    }
    this.body = w.build();
  }

  /**
   * A new, empty builder; {@link Builder#state(CheckState)} is required.
   *
   * @return this builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The check's state.
   *
   * @return the check's state
   */
  public CheckState state() {
    return state;
  }

  /**
   * The check's context; {@value #DEFAULT_CONTEXT} unless one was given.
   *
   * @return the check's context
   */
  public String context() {
    return context;
  }

  /**
   * The URL the check links to, if any.
   *
   * @return the URL the check links to, if any
   */
  public Optional<String> targetUrl() {
    return Optional.ofNullable(targetUrl);
  }

  /**
   * The check's description, if any.
   *
   * @return the check's description, if any
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  WriteBody body() {
    return body;
  }

  /** The JSON body this check sends, e.g. {@code {"state":"success","context":"build"}}. */
  @Override
  public String toString() {
    return "NewCheck" + body;
  }

  /** Checks are equal when they post the same state, context, target URL and description. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof NewCheck)) {
      return false;
    }
    NewCheck other = (NewCheck) o;
    return state.equals(other.state)
        && context.equals(other.context)
        && Objects.equals(targetUrl, other.targetUrl)
        && Objects.equals(description, other.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, context, targetUrl, description);
  }

  /** Builds a {@link NewCheck}; each setter checks its value as the server would. */
  public static final class Builder {
    private CheckState state;
    private String context;
    private String targetUrl;
    private String description;

    private Builder() {}

    /**
     * The check's state (required). Only the four states the server knows are accepted; it
     * answers {@code 400} to any other.
     *
     * @param state the check's state
     * @return this builder
     */
    public Builder state(CheckState state) {
      Objects.requireNonNull(state, "state: a check needs a state");
      if (!state.isKnown()) {
        throw new IllegalArgumentException(
            "state: the server accepts only pending, success, warning or fail, got \""
                + state.value() + "\"");
      }
      this.state = state;
      return this;
    }

    /**
     * The check's context, e.g. {@code "build"} or {@code "checkpatch"}: letters, digits, {@code
     * -} and {@code _}, at most 255 characters. Without it the server uses {@value
     * #DEFAULT_CONTEXT}.
     *
     * @param context the check context, e.g. {@code build}
     * @return this builder
     */
    public Builder context(String context) {
      Objects.requireNonNull(context, "context: leave it unset for \"" + DEFAULT_CONTEXT + "\"");
      if (!SLUG.matcher(context).matches()) {
        throw new IllegalArgumentException(
            "context: use only letters, digits, '-' and '_' (a slug such as \"ci-build\"), got \""
                + context + "\"");
      }
      if (context.length() > MAX_CONTEXT) {
        throw new IllegalArgumentException(
            "context: at most " + MAX_CONTEXT + " characters, got " + context.length());
      }
      this.context = context;
      return this;
    }

    /**
     * The URL of the check's details, e.g. the CI job: an absolute {@code http} or {@code https}
     * URL with a host, at most 200 characters.
     *
     * @param targetUrl the link to the details of the check
     * @return this builder
     */
    public Builder targetUrl(String targetUrl) {
      Objects.requireNonNull(targetUrl, "targetUrl: leave it unset for none");
      if (targetUrl.length() > MAX_TARGET_URL) {
        throw new IllegalArgumentException(
            "targetUrl: the server keeps at most " + MAX_TARGET_URL + " characters, got "
                + targetUrl.length() + "; link to a shorter URL");
      }
      URI uri;
      try {
        uri = new URI(targetUrl);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(
            "targetUrl: not a valid URL (" + e.getReason() + "): \"" + targetUrl + "\"", e);
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalArgumentException(
            "targetUrl: give an absolute http:// or https:// URL with a host, got \""
                + targetUrl + "\"");
      }
      this.targetUrl = targetUrl;
      return this;
    }

    /**
     * Same as {@link #targetUrl(String)}.
     *
     * @param targetUrl the link to the details of the check
     * @return this builder
     */
    public Builder targetUrl(URI targetUrl) {
      Objects.requireNonNull(targetUrl, "targetUrl: leave it unset for none");
      return targetUrl(targetUrl.toString());
    }

    /**
     * A short text shown with the check, e.g. {@code "build ok"}.
     *
     * @param description a short text shown with the check
     * @return this builder
     */
    public Builder description(String description) {
      this.description =
          Objects.requireNonNull(description, "description: leave it unset for none");
      return this;
    }

    /**
     * The check.
     *
     * @return the check
     * @throws IllegalArgumentException when no state was given
     */
    public NewCheck build() {
      if (state == null) {
        throw new IllegalArgumentException(
            "NewCheck needs a state: call state(CheckState.SUCCESS) (or PENDING, WARNING, FAIL)");
      }
      return new NewCheck(this);
    }
  }
}
