package io.github.patchwork4j.client.internal;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The pages one walk has read and at which depth, so that a {@code next} link back to a page
 * already read ends the walk instead of looping.
 */
public final class LoopGuard {

  private final ConcurrentMap<String, Integer> depths = new ConcurrentHashMap<>();

  /** Records that the page at {@code uri} is read at {@code depth} (page 1 is depth 0). */
  public void read(URI uri, int depth) {
    depths.putIfAbsent(key(uri), depth);
  }

  /**
   * The page's next link when the walk may follow it: empty on the last page and when the link
   * leads back to a page read at this depth or before (logged as a warning).
   */
  public Optional<URI> next(RawPage<?> page, int depth) {
    if (page.next().isEmpty()) {
      return Optional.empty();
    }
    URI next = page.next().get();
    Integer seenAt = depths.get(key(next));
    if (seenAt != null && seenAt <= depth) {
      Transport.LOG.log(Level.WARNING, () -> "The server's next link from " + page.uri() + " leads back to "
          + next + ", already read; stopping there instead of looping");
      return Optional.empty();
    }
    return Optional.of(next);
  }

  /**
   * The page a URL names, whatever the parameter order: path plus sorted parameters, with
   * {@code page=1} the same as no {@code page} (the server's links write it, the first request
   * does not).
   */
  public static String key(URI uri) {
    String q = uri.getRawQuery();
    List<String> params = q == null || q.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(q.split("&")));
    params.removeIf(p -> p.equals("page=1") || p.isEmpty());
    Collections.sort(params);
    return uri.getRawPath() + "?" + String.join("&", params);
  }
}
