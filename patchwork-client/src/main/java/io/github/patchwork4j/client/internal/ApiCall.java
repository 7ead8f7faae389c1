package io.github.patchwork4j.client.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.github.patchwork4j.client.ApiFeature;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * One API call, described once: method, path under the API prefix, query, body, the type of
 * the answer and the feature it needs. {@link ApiSession#execute(ApiCall)} runs it.
 *
 * @param method the HTTP method
 * @param feature what the call needs, or {@code null} when every version has it
 * @param path the path segments after the API prefix (each percent-encoded)
 * @param query writes the query parameters for the version in use, or {@code null}
 * @param body the request body (see {@link ApiSession#encode(Object)}), or {@code null}
 * @param type the answer's type, or {@code null} when the answer has no body to read
 * @param <T> the answer's type
 */
public record ApiCall<T>(
    String method, ApiFeature feature, List<Object> path, Query query, Object body, JavaType type) {

  /** Checks the parts. */
  public ApiCall {
    Objects.requireNonNull(method, "method");
    path = List.copyOf(path);
  }

  /** How a query writes its parameters for the API version in use (and gates them). */
  @FunctionalInterface
  public interface Query {
    /**
     * Writes the parameters.
     *
     * @param ctx the API in use
     * @param out where the parameters go
     * @param endpoint the URL without query (for messages)
     */
    void writeTo(ApiContext ctx, QueryParams out, URI endpoint);
  }

  /**
   * The URL for the API in use, after the gate.
   *
   * @throws io.github.patchwork4j.client.error.UnsupportedFeatureException when the version in
   *     use lacks the feature or a query parameter
   */
  public URI uri(ApiContext ctx) {
    URI endpoint = ctx.endpoint(path.toArray());
    if (feature != null) {
      ctx.require(feature, method, endpoint);
    }
    if (query == null) {
      return endpoint;
    }
    QueryParams q = new QueryParams();
    query.writeTo(ctx, q, endpoint);
    return q.appendTo(endpoint);
  }
}
