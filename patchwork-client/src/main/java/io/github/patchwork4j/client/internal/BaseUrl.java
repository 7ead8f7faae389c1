package io.github.patchwork4j.client.internal;

import io.github.patchwork4j.model.ApiVersion;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configured Patchwork site: its root URL (scheme, host, port and the path the site is
 * installed under, always ending with {@code /}) and the API version the URL pinned, if it
 * ended with {@code /api/1.x}.
 *
 * <p>Accepted forms: {@code https://host}, {@code https://host/}, {@code https://host/api},
 * {@code https://host/api/1.2} (pins 1.2), and the same under a sub-path such as
 * {@code https://host/patchwork/}.
 */
public final class BaseUrl {

  private static final Pattern VERSIONED = Pattern.compile("(.*/)api/(\\d+\\.\\d+)/?");
  private static final Pattern UNVERSIONED = Pattern.compile("(.*/)api/?");

  private final URI root;
  private final ApiVersion pinned;

  private BaseUrl(URI root, ApiVersion pinned) {
    this.root = root;
    this.pinned = pinned;
  }

  /**
   * Reads a base URL as a user writes it.
   *
   * @throws IllegalArgumentException when it is not an absolute http(s) URL, carries
   *     credentials, a query or a fragment
   */
  public static BaseUrl parse(String text) {
    Objects.requireNonNull(text, "baseUrl");
    URI uri;
    try {
      uri = new URI(text.trim());
    } catch (URISyntaxException e) {
      // Never echo the input: it may carry a password.
      throw new IllegalArgumentException(
          "Base URL is not a valid URL (" + e.getReason() + "); expected e.g. https://patchwork.example.org");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException(
          "Base URL must start with http:// or https://, e.g. https://patchwork.example.org");
    }
    if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
      // Never echo the URL: it carries a secret.
      throw new IllegalArgumentException(
          "Base URL must not contain a user name or password; use basicAuth(user, password) or token(...) on the builder");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException(
          "Base URL has no host name; expected e.g. https://patchwork.example.org");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "Base URL must not have a query or fragment; give the site root, e.g. https://patchwork.example.org");
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    path = path.replaceAll("/{2,}", "/");
    ApiVersion pinned = null;
    Matcher versioned = VERSIONED.matcher(path);
    Matcher unversioned = UNVERSIONED.matcher(path);
    if (versioned.matches()) {
      path = versioned.group(1);
      pinned = ApiVersion.of(versioned.group(2));
    } else if (unversioned.matches()) {
      path = unversioned.group(1);
    } else if (!path.endsWith("/")) {
      path = path + "/";
    }
    URI root = URI.create(scheme + "://" + uri.getRawAuthority() + path);
    return new BaseUrl(root, pinned);
  }

  /** The site root, ending with {@code /}. */
  public URI root() {
    return root;
  }

  /** The API version the URL named ({@code …/api/1.2}), if any. */
  public Optional<ApiVersion> pinnedVersion() {
    return Optional.ofNullable(pinned);
  }

  /** {@code {root}api/} when version is {@code null}, {@code {root}api/{version}/} otherwise. */
  public URI api(ApiVersion version) {
    return root.resolve(version == null ? "api/" : "api/" + version + "/");
  }

  /** The root resolved against a relative path (no leading slash), e.g. {@code series/1/mbox/}. */
  public URI web(String relativePath) {
    return root.resolve(relativePath);
  }

  /** True when the URL has the base's scheme, host and port: the only place credentials go. */
  public boolean sameOrigin(URI uri) {
    return uri.getScheme() != null
        && uri.getScheme().equalsIgnoreCase(root.getScheme())
        && uri.getHost() != null
        && uri.getHost().equalsIgnoreCase(root.getHost())
        && port(uri) == port(root);
  }

  /**
   * Moves a URL the server sent (a {@code Link}, an object's {@code url}, a {@code Location})
   * onto the configured base: a relative URL is resolved against {@code context}, the scheme,
   * host and port are replaced by the base's (servers behind proxies send {@code http://}
   * links), user info and fragment are dropped.
   *
   * @throws IllegalArgumentException when the path is not under the base's path
   */
  public URI rebase(URI context, String link) {
    URI resolved = context.resolve(link.trim()).normalize();
    String path = resolved.getRawPath() == null || resolved.getRawPath().isEmpty() ? "/" : resolved.getRawPath();
    if (!path.startsWith(root.getRawPath()) || path.contains("/../")) {
      throw new IllegalArgumentException(
          "the server sent a link outside the configured base URL " + root + ": " + resolved.getRawPath());
    }
    String query = resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery();
    return URI.create(root.getScheme() + "://" + root.getRawAuthority() + path + query);
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  @Override
  public String toString() {
    return root + (pinned == null ? "" : " (API " + pinned + ")");
  }
}
