package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiCall;
import io.github.patchwork4j.client.internal.ApiContext;
import io.github.patchwork4j.client.internal.ApiSession;
import io.github.patchwork4j.client.internal.PageLoader;
import io.github.patchwork4j.client.internal.QueryParams;
import java.net.URI;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/** The two shapes every read takes: one object by URL, and a paginated list. */
final class Resources {

  private Resources() {}

  /** GET one object at the API path, after the version gate (feature may be null). */
  static <T> CompletableFuture<T> get(ApiSession session, Class<T> type, ApiFeature feature, Object... segments) {
    return session.execute(new ApiCall<>("GET", feature, List.of(segments), null, null,
        session.mapper().constructType(type)));
  }

  /** A lazy list of the API path with the query's parameters (gated when consumed). */
  static <T> Paginated<T> list(
      ApiSession session,
      Class<T> type,
      ApiFeature feature,
      OptionalInt pageSize,
      QueryWriter query,
      Object... segments) {
    return new Paginated<>(loader(session, type, feature, pageSize, query, segments));
  }

  /** The page loader behind {@link #list}. */
  static <T> PageLoader<T> loader(
      ApiSession session,
      Class<T> type,
      ApiFeature feature,
      OptionalInt pageSize,
      QueryWriter query,
      Object... segments) {
    BiConsumer<ApiContext, QueryParams> params = (ctx, out) -> query.writeTo(ctx, out, ctx.endpoint(segments));
    PageLoader<T> loader =
        session.pages(
            ctx -> {
              URI uri = ctx.endpoint(segments);
              if (feature != null) {
                ctx.require(feature, "GET", uri);
              }
              return uri;
            },
            params,
            type,
            pageSize.orElse(PageLoader.DEFAULT_PAGE_SIZE));
    return loader;
  }

  /** Checks an id given by the caller. */
  static long id(long id, String what) {
    if (id <= 0) {
      throw new IllegalArgumentException(what + " must be positive, got " + id);
    }
    return id;
  }

  /** How a query writes itself (each query class has this method). */
  @FunctionalInterface
  interface QueryWriter {
    void writeTo(ApiContext ctx, QueryParams out, URI endpoint);
  }
}
