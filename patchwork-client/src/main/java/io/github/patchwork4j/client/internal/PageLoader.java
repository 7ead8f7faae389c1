package io.github.patchwork4j.client.internal;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Loads the pages of one list endpoint with one query: builds the first page's URL (after
 * version negotiation and the query's version checks) and fetches any page by URL.
 *
 * @param <T> the item type
 */
public final class PageLoader<T> {

  /** {@code per_page} when the query sets none: the server's maximum since Patchwork 2.2. */
  public static final int DEFAULT_PAGE_SIZE = 250;

  private final ApiSession session;
  private final Function<ApiContext, URI> endpoint;
  private final BiConsumer<ApiContext, QueryParams> params;
  private final Class<T> itemType;
  private final int pageSize;
  private final BiConsumer<URI, List<T>> check;

  PageLoader(
      ApiSession session,
      Function<ApiContext, URI> endpoint,
      BiConsumer<ApiContext, QueryParams> params,
      Class<T> itemType,
      int pageSize,
      BiConsumer<URI, List<T>> check) {
    this.session = session;
    this.endpoint = endpoint;
    this.params = params;
    this.itemType = itemType;
    this.pageSize = pageSize;
    this.check = check;
  }

  /**
   * This loader, checking every page it fetches: {@code check} gets the page's URL and items
   * and throws (a {@code PatchworkException}) when the items show that the server did not do
   * what the query asked, e.g. ignored a filter.
   */
  public PageLoader<T> checking(BiConsumer<URI, List<T>> check) {
    return new PageLoader<>(session, endpoint, params, itemType, pageSize, check);
  }

  /** The session the pages come from. */
  public ApiSession session() {
    return session;
  }

  /** The page size used when walking the list. */
  public int pageSize() {
    return pageSize;
  }

  /**
   * The first page's URL with {@code per_page=perPage}. Fails with an
   * {@link io.github.patchwork4j.client.error.UnsupportedFeatureException} when the endpoint or
   * a filter is newer than the API version in use; nothing is sent then (except negotiation).
   */
  public CompletableFuture<URI> firstPageUri(int perPage) {
    return Futures.map(session.context(), ctx -> {
      URI base = endpoint.apply(ctx);
      QueryParams q = new QueryParams();
      params.accept(ctx, q);
      q.remove("per_page").remove("page");
      q.add("per_page", Integer.toString(perPage));
      return q.appendTo(base);
    });
  }

  /** Fetches and reads one page. */
  public CompletableFuture<RawPage<T>> fetch(URI uri) {
    CompletableFuture<RawPage<T>> page = session.fetchPage(uri, itemType);
    if (check == null) {
      return page;
    }
    return Futures.compose(page, raw -> {
      check.accept(uri, raw.items());
      return CompletableFuture.completedFuture(raw);
    });
  }
}
