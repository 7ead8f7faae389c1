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

  /**
   * The user with this id.
   *
   * @param id the user's id
   * @return the user with this id
   */
  public User get(long id) {
    return Futures.await(async.get(id));
  }

  /**
   * Every user, in id order.
   *
   * @return every user, in id order
   */
  public Paginated<User> list() {
    return async.list();
  }

  /**
   * The users matching the query.
   *
   * @param query the filters, order and page size
   * @return the users matching the query
   */
  public Paginated<User> list(UserQuery query) {
    return async.list(query);
  }

  /**
   * Changes the caller's own account; see {@link UserResource#update(long, UserUpdate)}.
   *
   * @param id the user's id
   * @param update the fields to change (fields it does not touch are left alone)
   * @return the account as the server now has it
   */
  public User update(long id, UserUpdate update) {
    return Futures.await(async.update(id, update));
  }
}
