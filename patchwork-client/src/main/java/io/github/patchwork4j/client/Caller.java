package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiContext;
import io.github.patchwork4j.client.internal.ApiSession;
import io.github.patchwork4j.model.User;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Who the client is authenticated as, learnt without configuration, once per client. Patchwork
 * has no "who am I" endpoint; the client learns its user from answers that can only be about
 * the caller — the {@code user} of a check it posted, the {@code owner} of a bundle it created,
 * the account it updated — and, from API 1.2, can ask about one given user: the user detail
 * carries {@code settings} only when the caller is that user (reference §5.9).
 */
final class Caller {

  private final ApiSession session;
  private final AtomicReference<User> me = new AtomicReference<>();
  private final Set<Long> notMe = ConcurrentHashMap.newKeySet();

  Caller(ApiSession session) {
    this.session = session;
  }

  /** The caller's user, when already learnt. */
  Optional<User> known() {
    return Optional.ofNullable(me.get());
  }

  /** Remembers an answer that names the caller. */
  void learn(User user) {
    if (user != null) {
      me.compareAndSet(null, user);
    }
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
   * Whether user {@code userId} is the caller: from what was learnt, else by {@code GET
   * users/{id}/} (only when {@link #canAsk} holds), whose answer is remembered either way.
   */
  CompletableFuture<Boolean> isMe(ApiContext ctx, long userId) {
    User known = me.get();
    if (known != null) {
      return CompletableFuture.completedFuture(known.id() == userId);
    }
    if (notMe.contains(userId) || !canAsk(ctx)) {
      return CompletableFuture.completedFuture(false);
    }
    return session
        .getJson(ctx.endpoint("users", userId), User.class)
        .thenApply(user -> {
          if (user.settings().isPresent()) {
            learn(user);
            return true;
          }
          notMe.add(userId);
          return false;
        });
  }
}
