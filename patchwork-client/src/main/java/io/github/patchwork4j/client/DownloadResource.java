package io.github.patchwork4j.client;

import io.github.patchwork4j.client.error.DecodingException;
import io.github.patchwork4j.client.internal.ApiSession;
import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.client.internal.HttpResult;
import io.github.patchwork4j.model.Bundle;
import io.github.patchwork4j.model.Cover;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.Series;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Downloads from Patchwork's web side, not the API: mbox files ready for
 * {@code git am}, and raw diffs. They need no API version and no authentication, except a
 * private bundle (the owner's credentials, sent only to the configured base URL). The
 * by-id forms use the server's legacy {@code /patch/{id}/…} and {@code /cover/{id}/…} URLs,
 * which redirect to the Message-ID URL. Errors here are HTML pages: an unknown id is a
 * {@link io.github.patchwork4j.client.error.NotFoundException}; an HTML page answered with
 * success (a login wall or bot check in front of the server) is a
 * {@link io.github.patchwork4j.client.error.DecodingException}, never a download.
 */
public final class DownloadResource {

  private final ApiSession session;

  DownloadResource(ApiSession session) {
    this.session = session;
  }

  /**
   * The patch as an mbox (its mail with the diff, plus {@code *-by:} tags from comments).
   *
   * @param patchId the patch's id
   * @return the patch as an mbox (its mail with the diff, plus {@code *-by:} tags from comments)
   */
  public CompletableFuture<Download> patchMbox(long patchId) {
    return fetch(() -> web("patch", patchId, "mbox"), null);
  }

  /**
   * The patch as an mbox, from its {@code mbox} link.
   *
   * @param patch the patch, whose {@code mbox} link is followed
   * @return the patch as an mbox, from its {@code mbox} link
   */
  public CompletableFuture<Download> patchMbox(Patch patch) {
    return fetch(() -> rebase(Objects.requireNonNull(patch, "patch").mbox()), null);
  }

  /**
   * The patch and the lower-numbered patches of its own series before it, as one mbox
   * ({@code ?series=*}); 404 when the patch has no series.
   *
   * @param patchId the patch's id
   * @return the patch and the lower-numbered patches of its own series before it, as one mbox
   *     ({@code ?series=*})
   */
  public CompletableFuture<Download> patchMboxWithDependencies(long patchId) {
    return fetch(() -> web("patch", patchId, "mbox"), "series=*");
  }

  /**
   * The patch and the lower-numbered patches of series {@code seriesId} before it, as one
   * mbox ({@code ?series=N}); 404 when the patch is not in that series.
   *
   * @param patchId the patch's id
   * @param seriesId the series' id
   * @return the patch and the lower-numbered patches of series {@code seriesId} before it, as one
   *     mbox ({@code ?series=N})
   */
  public CompletableFuture<Download> patchMboxWithDependencies(long patchId, long seriesId) {
    return fetch(() -> web("patch", patchId, "mbox"), "series=" + Resources.id(seriesId, "series id"));
  }

  /**
   * The patch's diff alone ({@code text/x-patch}).
   *
   * @param patchId the patch's id
   * @return the patch's diff alone ({@code text/x-patch})
   */
  public CompletableFuture<Download> patchDiff(long patchId) {
    return fetch(() -> web("patch", patchId, "raw"), null);
  }

  /**
   * The patch's diff alone, next to its {@code mbox} link ({@code …/raw/}).
   *
   * @param patch the patch, whose {@code mbox} link gives the diff's address
   * @return the patch's diff alone, next to its {@code mbox} link ({@code …/raw/})
   */
  public CompletableFuture<Download> patchDiff(Patch patch) {
    Objects.requireNonNull(patch, "patch");
    return fetch(() -> {
      String mbox = rebase(patch.mbox()).toString();
      return mbox.endsWith("/mbox/")
          ? URI.create(mbox.substring(0, mbox.length() - "mbox/".length()) + "raw/")
          : web("patch", patch.id(), "raw");
    }, null);
  }

  /**
   * The cover letter as an mbox.
   *
   * @param coverId the cover letter's id
   * @return the cover letter as an mbox
   */
  public CompletableFuture<Download> coverMbox(long coverId) {
    return fetch(() -> web("cover", coverId, "mbox"), null);
  }

  /**
   * The cover letter as an mbox, from its {@code mbox} link (API 1.1) or by id.
   *
   * @param cover the cover letter, whose {@code mbox} link is followed
   * @return the cover letter as an mbox, from its {@code mbox} link (API 1.1) or by id
   */
  public CompletableFuture<Download> coverMbox(Cover cover) {
    Objects.requireNonNull(cover, "cover");
    return cover.mbox().map(u -> fetch(() -> rebase(u), null)).orElseGet(() -> coverMbox(cover.id()));
  }

  /**
   * Every patch of the series, in order, as one mbox (without the cover letter).
   *
   * @param seriesId the series' id
   * @return every patch of the series, in order, as one mbox (without the cover letter)
   */
  public CompletableFuture<Download> seriesMbox(long seriesId) {
    return fetch(() -> web("series", seriesId, "mbox"), null);
  }

  /**
   * Every patch of the series as one mbox, from its {@code mbox} link.
   *
   * @param series the series, whose {@code mbox} link is followed
   * @return every patch of the series as one mbox, from its {@code mbox} link
   */
  public CompletableFuture<Download> seriesMbox(Series series) {
    return fetch(() -> rebase(Objects.requireNonNull(series, "series").mbox()), null);
  }

  /**
   * The bundle's patches in the bundle's order, as one mbox, from its {@code mbox} link.
   *
   * @param bundle the bundle, whose {@code mbox} link is followed
   * @return the bundle's patches in the bundle's order, as one mbox, from its {@code mbox} link
   */
  public CompletableFuture<Download> bundleMbox(Bundle bundle) {
    return fetch(() -> rebase(Objects.requireNonNull(bundle, "bundle").mbox()), null);
  }

  /**
   * The bundle's patches as one mbox: reads the bundle for its mbox link, then fetches it.
   *
   * @param bundleId the bundle's id
   * @return the bundle's patches as one mbox: reads the bundle for its mbox link, then fetches it
   */
  public CompletableFuture<Download> bundleMbox(long bundleId) {
    return Futures.compose(
        Resources.get(session, Bundle.class, null, "bundles", Resources.id(bundleId, "bundle id")),
        this::bundleMbox);
  }

  private URI web(String kind, long id, String what) {
    return session.base().web(kind + "/" + Resources.id(id, kind + " id") + "/" + what + "/");
  }

  private URI rebase(URI serverLink) {
    try {
      return session.base().rebase(session.base().root(), serverLink.toString());
    } catch (IllegalArgumentException e) {
      throw new DecodingException("Refusing to download: " + e.getMessage()
          + ". Check the base URL; the server's links must lie under it.",
          "GET", session.base().root(), -1, null, e);
    }
  }

  private CompletableFuture<Download> fetch(Supplier<URI> where, String queryAfterRedirect) {
    URI uri;
    try {
      uri = where.get();
    } catch (DecodingException e) {
      return CompletableFuture.failedFuture(e);
    }
    return Futures.map(session.download(uri, queryAfterRedirect), this::toDownload);
  }

  private Download toDownload(HttpResult r) {
    return new Download(
        r.uri(), r.header("Content-Type").orElse(""), r.header("Content-Disposition").orElse(null),
        r.stream(), r.body().bytes(), session.config().maxResponseBytes(), r.charset());
  }
}
