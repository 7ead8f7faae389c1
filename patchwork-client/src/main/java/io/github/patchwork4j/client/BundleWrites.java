package io.github.patchwork4j.client;

import io.github.patchwork4j.client.error.ConflictException;
import io.github.patchwork4j.client.internal.ApiContext;
import io.github.patchwork4j.client.internal.ApiSession;
import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.model.Bundle;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** Creating, changing and deleting bundles (API 1.2+). Used by {@link BundleResource}. */
final class BundleWrites {

  private final ApiSession session;
  private final Caller caller;

  BundleWrites(ApiSession session, Caller caller) {
    this.session = session;
    this.caller = caller;
  }

  CompletableFuture<Bundle> create(NewBundle bundle) {
    Objects.requireNonNull(bundle, "bundle");
    return Futures.compose(session.context(), ctx -> {
      URI uri = Writes.gate(ctx, "POST", ApiFeature.BUNDLE_WRITES, bundle.body(), "bundles");
      return Futures.compose(sameName(ctx, bundle.name()), existing -> {
        if (existing.isPresent()) {
          throw duplicate("POST", uri, existing.get());
        }
        return session.sendJson("POST", uri, bundle.body().toJson(), Bundle.class);
      });
    });
  }

  CompletableFuture<Bundle> update(long id, BundleUpdate update) {
    Objects.requireNonNull(update, "update");
    Resources.id(id, "bundle id");
    Object name = update.body().fields().get("name");
    if (name == null) {
      return Writes.send(session, "PATCH", ApiFeature.BUNDLE_WRITES, update.body(), Bundle.class, "bundles", id);
    }
    // A rename to a name the owner already uses meets the same missing validator as a create.
    return Futures.compose(session.context(), ctx -> {
      URI uri = Writes.gate(ctx, "PATCH", ApiFeature.BUNDLE_WRITES, update.body(), "bundles", id);
      return Futures.compose(sameName(ctx, (String) name), existing -> {
        if (existing.isPresent() && existing.get().id() != id) {
          throw duplicate("PATCH", uri, existing.get());
        }
        return session.sendJson("PATCH", uri, update.body().toJson(), Bundle.class);
      });
    });
  }

  CompletableFuture<Void> delete(long id) {
    Resources.id(id, "bundle id");
    return Writes.delete(session, ApiFeature.BUNDLE_WRITES, "bundles", id);
  }

  /**
   * A bundle of the caller with exactly this name. The list is searched by name ({@code q}),
   * A private bundle in
   * the answer is the caller's (no one else sees it), and the owner of a public one is asked
   * about (user detail, API 1.2+ — bundle writes need 1.2 anyway).
   */
  private CompletableFuture<Optional<Bundle>> sameName(ApiContext ctx, String name) {
    if (!caller.authenticated()) {
      return CompletableFuture.completedFuture(Optional.empty()); // the server answers 403
    }
    BundleQuery.Builder query = BundleQuery.builder().q(name);
    BundleQuery q = query.build();
    return Futures.compose(Resources.list(session, Bundle.class, null, q.pageSize(), q::writeTo, "bundles").toList(),
        found -> firstOwned(ctx, found.stream().filter(b -> b.name().equals(name)).collect(Collectors.toList()), 0));
  }

  private CompletableFuture<Optional<Bundle>> firstOwned(ApiContext ctx, List<Bundle> named, int i) {
    if (i >= named.size()) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    Bundle b = named.get(i);
    if (!b.isPublic()) {
      return CompletableFuture.completedFuture(Optional.of(b));
    }
    return Futures.compose(caller.isMe(ctx, b.owner().id()),
        me -> me ? CompletableFuture.completedFuture(Optional.of(b)) : firstOwned(ctx, named, i + 1));
  }

  private static ConflictException duplicate(String method, URI uri, Bundle existing) {
    return new ConflictException(
        "You already own a bundle named \"" + existing.name() + "\" (id " + existing.id()
            + "); Patchwork would fail with HTTP 500 on a second one. Choose another name, or change"
            + " that bundle with bundles().update(" + existing.id() + ", …). Nothing was sent.",
        method, uri, -1, null, null);
  }
}
