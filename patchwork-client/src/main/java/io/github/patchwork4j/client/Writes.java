package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiCall;
import io.github.patchwork4j.client.internal.ApiContext;
import io.github.patchwork4j.client.internal.ApiSession;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The shape every write takes: resolve the API version, refuse what it lacks (the endpoint's
 * feature and every gated field the body touches) before sending, then send the body through
 * the session's executor, which maps errors and applies the retry rules (PATCH and DELETE are
 * retried, POST only when nothing reached the server).
 */
final class Writes {

  private Writes() {}

  /**
   * Sends {@code body} with {@code method} to the API path and reads the answer as {@code type}.
   *
   * @param feature what the endpoint needs, or {@code null} when every version has it
   */
  static <T> CompletableFuture<T> send(
      ApiSession session,
      String method,
      ApiFeature feature,
      WriteBody body,
      Class<T> type,
      Object... segments) {
    Objects.requireNonNull(body, "body");
    ApiCall.Query fieldsGate = (ctx, out, endpoint) -> {
      for (ApiFeature f : body.features()) {
        ctx.require(f, method, endpoint);
      }
    };
    return session.execute(new ApiCall<>(method, feature, List.of(segments), fieldsGate, body.toJson(),
        session.mapper().constructType(type)));
  }

  /** Same, with the API context already resolved (bulk writes gate once, then send many). */
  static <T> CompletableFuture<T> send(
      ApiSession session,
      ApiContext ctx,
      String method,
      ApiFeature feature,
      WriteBody body,
      Class<T> type,
      Object... segments) {
    URI uri = gate(ctx, method, feature, body, segments);
    return session.sendJson(method, uri, body.toJson(), type);
  }

  /** {@code DELETE} of the API path; the server answers 204 without a body. */
  static CompletableFuture<Void> delete(ApiSession session, ApiFeature feature, Object... segments) {
    return session.execute(new ApiCall<Void>("DELETE", feature, List.of(segments), null, null, null));
  }

  /**
   * The URL of the write after the version gate.
   *
   * @throws io.github.patchwork4j.client.error.UnsupportedFeatureException when the version in
   *     use lacks the endpoint or a field the body touches
   */
  static URI gate(ApiContext ctx, String method, ApiFeature feature, WriteBody body, Object... segments) {
    URI uri = ctx.endpoint(segments);
    if (feature != null) {
      ctx.require(feature, method, uri);
    }
    for (ApiFeature f : body.features()) {
      ctx.require(f, method, uri);
    }
    return uri;
  }
}
