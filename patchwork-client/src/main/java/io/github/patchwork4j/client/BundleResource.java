package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiSession;
import io.github.patchwork4j.model.Bundle;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Bundles: {@code GET /bundles/} and {@code GET /bundles/{id}/}. Anonymous callers see
 * public bundles; an authenticated caller also sees their own private ones (another user's
 * private bundle answers 404). Bundle writes need API 1.2 ({@link ApiFeature#BUNDLE_WRITES}).
 */
public final class BundleResource {

  private final ApiSession session;

  BundleResource(ApiSession session) {
    this.session = session;
  }

  /** The bundle with this id. */
  public CompletableFuture<Bundle> get(long id) {
    return Resources.get(session, Bundle.class, null, "bundles", Resources.id(id, "bundle id"));
  }

  /** Every bundle the caller may see, in id order. */
  public Paginated<Bundle> list() {
    return list(BundleQuery.all());
  }

  /** The bundles matching the query. */
  public Paginated<Bundle> list(BundleQuery query) {
    Objects.requireNonNull(query, "query");
    return Resources.list(session, Bundle.class, null, query.pageSize(), query::writeTo, "bundles");
  }
}
