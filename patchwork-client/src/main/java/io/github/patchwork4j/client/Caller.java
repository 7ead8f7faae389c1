package io.github.patchwork4j.client;

import io.github.patchwork4j.client.error.AuthenticationException;
import io.github.patchwork4j.client.error.NotFoundException;
import io.github.patchwork4j.client.internal.ApiContext;
import io.github.patchwork4j.client.internal.ApiSession;
import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.model.User;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * Who the client is authenticated as, asked afresh on every call (nothing is remembered between
 * calls). Patchwork has no "who am I" endpoint: from API 1.2 the detail of a user carries
 * {@code settings} only when the caller is that user, which tells whether a given user is the
 * caller; and HTTP Basic credentials name the user.
 */
final class Caller {

  private final ApiSession session;

  Caller(ApiSession session) {
    this.session = session;
  }

  /** Whether the client sends credentials at all (an anonymous caller is nobody). */
  boolean authenticated() {
    return session.config().credentials().present();
  }

  /** Whether {@link #isMe} can tell: credentials are sent and the version shows settings. */
  boolean canAsk(ApiContext ctx) {
    return authenticated() && ctx.supports(ApiFeature.USER_SETTINGS);
  }

  /**
   * Whether user {@code userId} is the caller, by {@code GET users/{id}/} (only when
   * {@link #canAsk} holds; false otherwise).
   */
  CompletableFuture<Boolean> isMe(ApiContext ctx, long userId) {
    if (!canAsk(ctx)) {
      return CompletableFuture.completedFuture(false);
    }
    return Futures.map(session.getJson(ctx.endpoint("users", userId), User.class),
        user -> user.settings().isPresent());
  }

  /**
   * The caller's account. With HTTP Basic credentials: the user of that name
   * ({@code GET users/?q=<name>}). Anonymous clients and API tokens fail: a token does not
   * name its user and the API has no endpoint that tells.
   */
  CompletableFuture<User> me() {
    java.net.URI root = session.base().root();
    if (!authenticated()) {
      return CompletableFuture.failedFuture(new AuthenticationException(
          "An anonymous client is nobody; configure basicAuth(...) or token(...) on the builder",
          "GET", root, -1, null, null));
    }
    if (session.config().credentials().username().isEmpty()) {
      return CompletableFuture.failedFuture(new UnsupportedOperationException(
          "Patchwork's API does not say whose token this is; use users().get(id) with your user id,"
              + " or basicAuth(...) credentials, which name the user"));
    }
    String name = session.config().credentials().username().get();
    return Futures.compose(
        Resources.list(session, User.class, null, OptionalInt.empty(),
            (ctx, out, endpoint) -> out.add("q", name), "users").toList(),
        users -> users.stream().filter(u -> u.username().equals(name)).findFirst()
            .map(CompletableFuture::completedFuture)
            .orElseGet(() -> CompletableFuture.failedFuture(new NotFoundException(
                "No user named '" + name + "' in the server's user list", "GET", root, -1, null, null))));
  }
}
