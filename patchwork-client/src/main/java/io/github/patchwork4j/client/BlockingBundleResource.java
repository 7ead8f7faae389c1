package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.model.Bundle;

/**
 * The blocking view of {@link BundleResource}: the same methods, returning values and throwing the
 * {@link io.github.patchwork4j.client.error.PatchworkException} itself. Lists are the same
 * lazy {@link Paginated}: use its {@code stream()} or {@code iterator()}, which block.
 */
public final class BlockingBundleResource {

  private final BundleResource async;

  BlockingBundleResource(BundleResource async) {
    this.async = async;
  }

  /**
   * The bundle with this id.
   *
   * @param id the bundle's id
   * @return the bundle with this id
   */
  public Bundle get(long id) {
    return Futures.await(async.get(id));
  }

  /**
   * Every bundle the caller may see, in id order.
   *
   * @return every bundle the caller may see, in id order
   */
  public Paginated<Bundle> list() {
    return async.list();
  }

  /**
   * The bundles matching the query.
   *
   * @param query the filters, order and page size
   * @return the bundles matching the query
   */
  public Paginated<Bundle> list(BundleQuery query) {
    return async.list(query);
  }

  /**
   * Creates a bundle; see {@link BundleResource#create(NewBundle)}.
   *
   * @param bundle the new bundle
   * @return the new bundle
   */
  public Bundle create(NewBundle bundle) {
    return Futures.await(async.create(bundle));
  }

  /**
   * Changes a bundle; see {@link BundleResource#update(long, BundleUpdate)}.
   *
   * @param id the bundle's id
   * @param update the fields to change (fields it does not touch are left alone)
   * @return the bundle as the server now has it
   */
  public Bundle update(long id, BundleUpdate update) {
    return Futures.await(async.update(id, update));
  }

  /**
   * Deletes a bundle; see {@link BundleResource#delete(long)}.
   *
   * @param id the bundle's id
   */
  public void delete(long id) {
    Futures.await(async.delete(id));
  }
}
