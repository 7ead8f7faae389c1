package io.github.patchwork4j.client.error;

import io.github.patchwork4j.model.ApiVersion;
import java.net.URI;
import java.util.Objects;

/**
 * The call needs an endpoint, filter or field that the API version in use does not have.
 * Raised before the request is sent: an older Patchwork would otherwise silently ignore the
 * filter (and return everything) or answer with an HTML 404.
 */
public class UnsupportedFeatureException extends PatchworkException {

  /** The missing feature's description. */
  private final String feature;
  /** The first API version with the feature. */
  private final ApiVersion requiredVersion;
  /** The API version in use. */
  private final ApiVersion actualVersion;

  /**
   * Creates the exception.
   *
   * @param message what is missing and what to do about it
   * @param method the HTTP method the call would have used
   * @param uri the URL the call would have used (without query)
   * @param feature a short description of the feature
   * @param requiredVersion the first API version that has the feature
   * @param actualVersion the API version in use
   */
  public UnsupportedFeatureException(
      String message,
      String method,
      URI uri,
      String feature,
      ApiVersion requiredVersion,
      ApiVersion actualVersion) {
    super(message, method, uri, -1, null, null, null);
    this.feature = Objects.requireNonNull(feature, "feature");
    this.requiredVersion = Objects.requireNonNull(requiredVersion, "requiredVersion");
    this.actualVersion = Objects.requireNonNull(actualVersion, "actualVersion");
  }

  /**
   * A short description of the missing feature, for example {@code the patches "hash" filter}.
   *
   * @return a short description of the missing feature, for example {@code the patches "hash"
   *     filter}
   */
  public String feature() {
    return feature;
  }

  /**
   * The first API version that has the feature.
   *
   * @return the first API version that has the feature
   */
  public ApiVersion requiredVersion() {
    return requiredVersion;
  }

  /**
   * The API version the client uses with this server (pinned or negotiated).
   *
   * @return the API version the client uses with this server (pinned or negotiated)
   */
  public ApiVersion actualVersion() {
    return actualVersion;
  }
}
