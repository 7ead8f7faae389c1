package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.model.Bundle;
import io.github.patchwork4j.model.Cover;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.model.Series;

/**
 * The blocking view of {@link DownloadResource}: the same methods, returning the
 * {@link Download} and throwing the
 * {@link io.github.patchwork4j.client.error.PatchworkException} itself.
 */
public final class BlockingDownloadResource {

  private final DownloadResource async;

  BlockingDownloadResource(DownloadResource async) {
    this.async = async;
  }

  /**
   * The patch as an mbox (its mail with the diff, plus {@code *-by:} tags from comments).
   *
   * @param patchId the patch's id
   * @return the patch as an mbox (its mail with the diff, plus {@code *-by:} tags from comments)
   */
  public Download patchMbox(long patchId) {
    return Futures.await(async.patchMbox(patchId));
  }

  /**
   * The patch as an mbox, from its {@code mbox} link.
   *
   * @param patch the patch, whose {@code mbox} link is followed
   * @return the patch as an mbox, from its {@code mbox} link
   */
  public Download patchMbox(Patch patch) {
    return Futures.await(async.patchMbox(patch));
  }

  /**
   * The patch and the lower-numbered patches of its own series before it, as one mbox
   * ({@code ?series=*}); 404 when the patch has no series.
   *
   * @param patchId the patch's id
   * @return the patch and the lower-numbered patches of its own series before it, as one mbox
   *     ({@code ?series=*})
   */
  public Download patchMboxWithDependencies(long patchId) {
    return Futures.await(async.patchMboxWithDependencies(patchId));
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
  public Download patchMboxWithDependencies(long patchId, long seriesId) {
    return Futures.await(async.patchMboxWithDependencies(patchId, seriesId));
  }

  /**
   * The patch's diff alone ({@code text/x-patch}).
   *
   * @param patchId the patch's id
   * @return the patch's diff alone ({@code text/x-patch})
   */
  public Download patchDiff(long patchId) {
    return Futures.await(async.patchDiff(patchId));
  }

  /**
   * The patch's diff alone, next to its {@code mbox} link ({@code …/raw/}).
   *
   * @param patch the patch, whose {@code mbox} link gives the diff's address
   * @return the patch's diff alone, next to its {@code mbox} link ({@code …/raw/})
   */
  public Download patchDiff(Patch patch) {
    return Futures.await(async.patchDiff(patch));
  }

  /**
   * The cover letter as an mbox.
   *
   * @param coverId the cover letter's id
   * @return the cover letter as an mbox
   */
  public Download coverMbox(long coverId) {
    return Futures.await(async.coverMbox(coverId));
  }

  /**
   * The cover letter as an mbox, from its {@code mbox} link (API 1.1) or by id.
   *
   * @param cover the cover letter, whose {@code mbox} link is followed
   * @return the cover letter as an mbox, from its {@code mbox} link (API 1.1) or by id
   */
  public Download coverMbox(Cover cover) {
    return Futures.await(async.coverMbox(cover));
  }

  /**
   * Every patch of the series, in order, as one mbox (without the cover letter).
   *
   * @param seriesId the series' id
   * @return every patch of the series, in order, as one mbox (without the cover letter)
   */
  public Download seriesMbox(long seriesId) {
    return Futures.await(async.seriesMbox(seriesId));
  }

  /**
   * Every patch of the series as one mbox, from its {@code mbox} link.
   *
   * @param series the series, whose {@code mbox} link is followed
   * @return every patch of the series as one mbox, from its {@code mbox} link
   */
  public Download seriesMbox(Series series) {
    return Futures.await(async.seriesMbox(series));
  }

  /**
   * The bundle's patches in the bundle's order, as one mbox, from its {@code mbox} link.
   *
   * @param bundle the bundle, whose {@code mbox} link is followed
   * @return the bundle's patches in the bundle's order, as one mbox, from its {@code mbox} link
   */
  public Download bundleMbox(Bundle bundle) {
    return Futures.await(async.bundleMbox(bundle));
  }

  /**
   * The bundle's patches as one mbox: reads the bundle for its mbox link, then fetches it.
   *
   * @param bundleId the bundle's id
   * @return the bundle's patches as one mbox: reads the bundle for its mbox link, then fetches it
   */
  public Download bundleMbox(long bundleId) {
    return Futures.await(async.bundleMbox(bundleId));
  }
}
