package io.github.patchwork4j.client.internal;

import io.github.patchwork4j.client.ApiFeature;
import io.github.patchwork4j.client.error.UnsupportedFeatureException;
import io.github.patchwork4j.model.ApiVersion;
import java.net.URI;
import java.util.Objects;

/**
 * The API in use with one server: the version (pinned or negotiated), the prefix URL API
 * calls go to, and how the version was chosen. The one place that gates features by version.
 *
 * @param version the API version requests are sent with (or, unversioned, assumed)
 * @param prefix {@code {root}api/{version}/} or {@code {root}api/} when unversioned
 * @param pinned true when the user chose the version, false when negotiated
 */
public record ApiContext(ApiVersion version, URI prefix, boolean pinned) {

  /** Checks the parts. */
  public ApiContext {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(prefix, "prefix");
  }

  /**
   * An API URL: the prefix followed by the segments, each percent-encoded, and a trailing
   * slash (the server answers 301 without it). {@code endpoint("patches", 12, "checks")} →
   * {@code …/api/1.3/patches/12/checks/}.
   */
  public URI endpoint(Object... segments) {
    StringBuilder b = new StringBuilder(prefix.toString());
    for (Object s : segments) {
      b.append(QueryParams.pathSegment(String.valueOf(s))).append('/');
    }
    return URI.create(b.toString());
  }

  /** True when the version in use has the feature. */
  public boolean supports(ApiFeature feature) {
    return feature.isAvailableIn(version);
  }

  /**
   * Fails when the version in use lacks the feature: the gate used by every query, endpoint
   * and write before anything is sent.
   *
   * @param feature what the call needs
   * @param method the HTTP method the call would use
   * @param uri the URL the call would use
   * @throws UnsupportedFeatureException naming the feature, the version it needs, the version
   *     in use, and what to do
   */
  public void require(ApiFeature feature, String method, URI uri) {
    if (supports(feature)) {
      return;
    }
    String what = pinned
        ? "this client is pinned to API " + version + ". Pin apiVersion(" + feature.since()
            + ") or newer if the server has it (Patchwork " + release(feature.since()) + "+), or "
        : "the server offers at most API " + version + ". Upgrade the server to Patchwork "
            + release(feature.since()) + " or newer, or ";
    throw new UnsupportedFeatureException(
        capitalize(feature.description()) + " needs Patchwork REST API " + feature.since()
            + " or newer, but " + what + "do without it (" + method + " " + uri + " was not sent).",
        method, uri, feature.description(), feature.since(), version);
  }

  private static String release(ApiVersion v) {
    if (v.equals(ApiVersion.V1_1)) {
      return "2.1";
    } else if (v.equals(ApiVersion.V1_2)) {
      return "2.2";
    } else if (v.equals(ApiVersion.V1_3)) {
      return "3.1";
    } else if (v.equals(ApiVersion.V1_4)) {
      return "3.3";
    }
    return "2.0";
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
