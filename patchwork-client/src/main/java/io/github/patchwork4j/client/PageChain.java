package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.PageLoader;
import io.github.patchwork4j.client.internal.RawPage;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One walk through a list, from page 1: remembers every page URL it loaded and at which
 * depth, so that a {@code next} link back to a page already read ends the walk instead of
 * looping.
 */
final class PageChain<T> {

  private static final System.Logger LOG = System.getLogger("io.github.patchwork4j.client");

  private final PageLoader<T> loader;
  private final ConcurrentMap<String, Integer> depths = new ConcurrentHashMap<>();

  PageChain(PageLoader<T> loader) {
    this.loader = loader;
  }

  /** Starts a walk: the first page with the loader's page size. */
  static <T> CompletableFuture<Page<T>> start(PageLoader<T> loader, int perPage) {
    PageChain<T> chain = new PageChain<>(loader);
    return loader.firstPageUri(perPage).thenCompose(uri -> chain.load(uri, 0));
  }

  CompletableFuture<Page<T>> load(URI uri, int depth) {
    depths.putIfAbsent(key(uri), depth);
    return loader.fetch(uri).thenApply(raw -> new Page<>(raw, this, depth, followable(raw, depth)));
  }

  /**
   * The page a URL names, whatever the parameter order: path plus sorted parameters, with
   * {@code page=1} the same as no {@code page} (the server's links write it, the first request
   * does not).
   */
  static String key(URI uri) {
    String q = uri.getRawQuery();
    List<String> params = q == null || q.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(q.split("&")));
    params.removeIf(p -> p.equals("page=1") || p.isEmpty());
    Collections.sort(params);
    return uri.getRawPath() + "?" + String.join("&", params);
  }

  private boolean followable(RawPage<T> raw, int depth) {
    if (raw.next().isEmpty()) {
      return false;
    }
    URI next = raw.next().get();
    Integer seenAt = depths.get(key(next));
    if (seenAt != null && seenAt <= depth) {
      LOG.log(Level.WARNING, () -> "The server's next link from " + raw.uri() + " leads back to "
          + next + ", already read; stopping there instead of looping");
      return false;
    }
    return true;
  }
}
