package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.model.ApiIndex;
import io.github.patchwork4j.model.ApiVersion;
import java.net.URI;

/**
 * The blocking view of a {@link PatchworkClient}: the same groups and methods, returning
 * values and throwing the {@link io.github.patchwork4j.client.error.PatchworkException}
 * itself (never wrapped in {@code CompletionException}). An interrupted call throws
 * {@link java.util.concurrent.CancellationException} and keeps the interrupt flag. Shares
 * everything (connections, negotiated version) with the client it came from.
 */
public final class BlockingPatchworkClient implements AutoCloseable {

  private final PatchworkClient async;
  private final BlockingPatchResource patches;
  private final BlockingCoverResource covers;
  private final BlockingSeriesResource series;
  private final BlockingCommentResource comments;
  private final BlockingCheckResource checks;
  private final BlockingProjectResource projects;
  private final BlockingPersonResource people;
  private final BlockingUserResource users;
  private final BlockingBundleResource bundles;
  private final BlockingEventResource events;
  private final BlockingDownloadResource downloads;

  BlockingPatchworkClient(PatchworkClient async) {
    this.async = async;
    this.patches = new BlockingPatchResource(async.patches());
    this.covers = new BlockingCoverResource(async.covers());
    this.series = new BlockingSeriesResource(async.series());
    this.comments = new BlockingCommentResource(async.comments());
    this.checks = new BlockingCheckResource(async.checks());
    this.projects = new BlockingProjectResource(async.projects());
    this.people = new BlockingPersonResource(async.people());
    this.users = new BlockingUserResource(async.users());
    this.bundles = new BlockingBundleResource(async.bundles());
    this.events = new BlockingEventResource(async.events());
    this.downloads = new BlockingDownloadResource(async.downloads());
  }

  /** The asynchronous client this view belongs to. */
  public PatchworkClient async() {
    return async;
  }

  /** The API version in use (negotiating on the first call). */
  public ApiVersion apiVersion() {
    return Futures.await(async.apiVersion());
  }

  /** Whether the API version in use has the feature. */
  public boolean supports(ApiFeature feature) {
    return Futures.await(async.supports(feature));
  }

  /** The API index. */
  public ApiIndex index() {
    return Futures.await(async.index());
  }

  /**
   * The account the client is authenticated as; see {@link PatchworkClient#me()}.
   *
   * @return the caller's user
   */
  public io.github.patchwork4j.model.User me() {
    return Futures.await(async.me());
  }

  /** The site root the client talks to. */
  public URI baseUrl() {
    return async.baseUrl();
  }

  /** Patches. */
  public BlockingPatchResource patches() {
    return patches;
  }

  /** Cover letters. */
  public BlockingCoverResource covers() {
    return covers;
  }

  /** Series. */
  public BlockingSeriesResource series() {
    return series;
  }

  /** Comments on patches and cover letters. */
  public BlockingCommentResource comments() {
    return comments;
  }

  /** Checks of patches. */
  public BlockingCheckResource checks() {
    return checks;
  }

  /** Projects. */
  public BlockingProjectResource projects() {
    return projects;
  }

  /** People. */
  public BlockingPersonResource people() {
    return people;
  }

  /** User accounts. */
  public BlockingUserResource users() {
    return users;
  }

  /** Bundles. */
  public BlockingBundleResource bundles() {
    return bundles;
  }

  /** Events. */
  public BlockingEventResource events() {
    return events;
  }

  /** mbox and raw diff downloads. */
  public BlockingDownloadResource downloads() {
    return downloads;
  }

  /** Closes the client this view belongs to. */
  @Override
  public void close() {
    async.close();
  }

  @Override
  public String toString() {
    return "Blocking" + async;
  }
}
