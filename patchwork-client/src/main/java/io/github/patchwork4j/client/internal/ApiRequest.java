package io.github.patchwork4j.client.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One request as the {@link Transport} sends it: method, URL, optional JSON body, and what
 * kind of answer is expected.
 *
 * @param method the HTTP method, upper case
 * @param uri the absolute URL (already on the base)
 * @param jsonBody the JSON body, or {@code null} for none
 * @param expectJson true for API calls ({@code Accept: application/json}); false for web
 *     downloads ({@code Accept: *}{@code /*})
 */
public record ApiRequest(String method, URI uri, byte[] jsonBody, boolean expectJson) {

  /** Normalises the method and checks the URL. */
  public ApiRequest {
    method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
    Objects.requireNonNull(uri, "uri");
    if (!uri.isAbsolute()) {
      throw new IllegalArgumentException("request URL must be absolute: " + uri);
    }
  }

  /** A GET to an API URL. */
  public static ApiRequest get(URI uri) {
    return new ApiRequest("GET", uri, null, true);
  }

  /** A GET of a web download (mbox, raw diff). */
  public static ApiRequest download(URI uri) {
    return new ApiRequest("GET", uri, null, false);
  }

  /** A request with a JSON body (or none when {@code jsonBody} is {@code null}). */
  public static ApiRequest withBody(String method, URI uri, byte[] jsonBody) {
    return new ApiRequest(method, uri, jsonBody, true);
  }

  /** The body, if any. */
  public Optional<byte[]> body() {
    return Optional.ofNullable(jsonBody);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApiRequest r
        && r.method.equals(method)
        && r.uri.equals(uri)
        && java.util.Arrays.equals(r.jsonBody, jsonBody)
        && r.expectJson == expectJson;
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, uri, java.util.Arrays.hashCode(jsonBody), expectJson);
  }

  @Override
  public String toString() {
    return method + " " + uri;
  }
}
