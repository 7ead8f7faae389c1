package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiSession;
import io.github.patchwork4j.model.User;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * User accounts: {@code GET /users/} and {@code GET /users/{id}/}. The server wants
 * authentication for these (403 otherwise). The detail of the caller's own account carries
 * {@code settings} (API 1.2). Users change their own account with {@code PATCH /users/{id}/}.
 */
public final class UserResource {

  private final ApiSession session;

  UserResource(ApiSession session, Caller caller) {
    this.session = session;
  }

  /** The user with this id. */
  public CompletableFuture<User> get(long id) {
    return Resources.get(session, User.class, null, "users", Resources.id(id, "user id"));
  }

  /** Every user, in id order. */
  public Paginated<User> list() {
    return list(UserQuery.all());
  }

  /** The users matching the query. */
  public Paginated<User> list(UserQuery query) {
    Objects.requireNonNull(query, "query");
    return Resources.list(session, User.class, null, query.pageSize(), query::writeTo, "users");
  }

  // ---------------------------------------------------------------- writes

  /**
   * Changes the caller's own account: {@code PATCH users/{id}/} with the touched names and
   * settings. Only one's own account — any other id, even for a superuser, fails with {@code
   * PermissionDeniedException}. Settings need API 1.2 ({@code UnsupportedFeatureException},
   * nothing sent, below). Answers the account, with its settings from API 1.2.
   *
   * @throws IllegalArgumentException if the id is not positive
   */
  public CompletableFuture<User> update(long id, UserUpdate update) {
    Objects.requireNonNull(update, "update");
    return Writes.send(session, "PATCH", null, update.body(), User.class, "users", Resources.id(id, "user id"));
  }
}
