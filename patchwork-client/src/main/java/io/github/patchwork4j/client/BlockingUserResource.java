package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.model.User;

/**
 * The blocking view of {@link UserResource}: the same methods, returning values and throwing the
 * {@link io.github.patchwork4j.client.error.PatchworkException} itself. Lists are the same
 * lazy {@link Paginated}: use its {@code stream()} or {@code iterator()}, which block.
 */
public final class BlockingUserResource {

  private final UserResource async;

  BlockingUserResource(UserResource async) {
    this.async = async;
  }

  /** The user with this id. */
  public User get(long id) {
    return Futures.await(async.get(id));
  }

  /** Every user, in id order. */
  public Paginated<User> list() {
    return async.list();
  }

  /** The users matching the query. */
  public Paginated<User> list(UserQuery query) {
    return async.list(query);
  }

  /** Changes the caller's own account; see {@link UserResource#update(long, UserUpdate)}. */
  public User update(long id, UserUpdate update) {
    return Futures.await(async.update(id, update));
  }
}
