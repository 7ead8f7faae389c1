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
  private final BundleWrites writes;

  BundleResource(ApiSession session, Caller caller) {
    this.session = session;
    this.writes = new BundleWrites(session, caller);
  }

  /**
   * The bundle with this id.
   *
   * @param id the bundle's id
   * @return the bundle with this id
   */
  public CompletableFuture<Bundle> get(long id) {
    return Resources.get(session, Bundle.class, null, "bundles", Resources.id(id, "bundle id"));
  }

  /**
   * Every bundle the caller may see, in id order.
   *
   * @return every bundle the caller may see, in id order
   */
  public Paginated<Bundle> list() {
    return list(BundleQuery.all());
  }

  /**
   * The bundles matching the query.
   *
   * @param query the filters, order and page size
   * @return the bundles matching the query
   */
  public Paginated<Bundle> list(BundleQuery query) {
    Objects.requireNonNull(query, "query");
    return Resources.list(session, Bundle.class, null, query.pageSize(), query::writeTo, "bundles");
  }

  // ---------------------------------------------------------------- writes

  /**
   * Creates a bundle owned by the caller: {@code POST bundles/} (API 1.2+; below, the future
   * fails with {@code UnsupportedFeatureException} and nothing is sent). Answers the new bundle.
   *
   * <p>The server fails with HTTP 500 when the owner already has a bundle of that name, so the
   * client first searches the bundles the caller can see for that exact name ({@code
   * GET bundles/?q=…}, restricted to the caller once it knows who that is) and fails with {@code
   * ConflictException} (nothing created) when the caller owns one. The check is best effort: a
   * bundle created by someone else between the search and the POST still meets the server's
   * 500, as a {@code ServerException}. Other failures: {@code AuthenticationException} without
   * credentials, {@code ValidationException} when the patches are from several projects or do
   * not exist. Retried only when nothing reached the server.
   *
   * @param bundle the new bundle
   * @return a future of the new bundle
   */
  public CompletableFuture<Bundle> create(NewBundle bundle) {
    return writes.create(bundle);
  }

  /**
   * Changes a bundle: {@code PATCH bundles/{id}/} with the touched fields; {@code patches}
   * replaces the list in the given order (API 1.2+). Only the owner may: another user gets {@code
   * PermissionDeniedException} for a public bundle and {@code NotFoundException} for a private
   * one. A rename is first checked as in {@link #create(NewBundle)}: renaming to the name of
   * another of the caller's bundles fails with {@code ConflictException} and sends nothing (the
   * server would fail with HTTP 500). Answers the updated bundle.
   *
   * @param id the bundle's id
   * @param update the fields to change (fields it does not touch are left alone)
   * @return a future of the bundle as the server now has it
   * @throws IllegalArgumentException if the id is not positive
   */
  public CompletableFuture<Bundle> update(long id, BundleUpdate update) {
    return writes.update(id, update);
  }

  /**
   * Deletes a bundle: {@code DELETE bundles/{id}/}, answered {@code 204} (API 1.2+). Only the
   * owner may, as for {@link #update(long, BundleUpdate)}. The patches are not touched.
   *
   * @param id the bundle's id
   * @return a future that completes when the server has deleted the bundle
   * @throws IllegalArgumentException if the id is not positive
   */
  public CompletableFuture<Void> delete(long id) {
    return writes.delete(id);
  }
}
