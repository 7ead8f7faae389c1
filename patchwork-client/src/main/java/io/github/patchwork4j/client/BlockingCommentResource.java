package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.model.Comment;

/**
 * The blocking view of {@link CommentResource}: the same methods, returning values and throwing the
 * {@link io.github.patchwork4j.client.error.PatchworkException} itself. Lists are the same
 * lazy {@link Paginated}: use its {@code stream()} or {@code iterator()}, which block.
 */
public final class BlockingCommentResource {

  private final CommentResource async;

  BlockingCommentResource(CommentResource async) {
    this.async = async;
  }

  /**
   * Every comment on the patch, in id order. API 1.1.
   *
   * @param patchId the patch's id
   * @return every comment on the patch, in id order
   */
  public Paginated<Comment> listForPatch(long patchId) {
    return async.listForPatch(patchId);
  }

  /**
   * The comments on the patch, in the query's order. API 1.1.
   *
   * @param patchId the patch's id
   * @param query the filters, order and page size
   * @return the comments on the patch, in the query's order
   */
  public Paginated<Comment> listForPatch(long patchId, CommentQuery query) {
    return async.listForPatch(patchId, query);
  }

  /**
   * The comment {@code commentId} on patch {@code patchId} (404 when it belongs to another
   * patch). API 1.3.
   *
   * @param patchId the patch's id
   * @param commentId the comment's id
   * @return the comment {@code commentId} on patch {@code patchId} (404 when it belongs to another
   *     patch)
   */
  public Comment getForPatch(long patchId, long commentId) {
    return Futures.await(async.getForPatch(patchId, commentId));
  }

  /**
   * Every comment on the cover letter, in id order. API 1.1.
   *
   * @param coverId the cover letter's id
   * @return every comment on the cover letter, in id order
   */
  public Paginated<Comment> listForCover(long coverId) {
    return async.listForCover(coverId);
  }

  /**
   * The comments on the cover letter, in the query's order. API 1.1.
   *
   * @param coverId the cover letter's id
   * @param query the filters, order and page size
   * @return the comments on the cover letter, in the query's order
   */
  public Paginated<Comment> listForCover(long coverId, CommentQuery query) {
    return async.listForCover(coverId, query);
  }

  /**
   * The comment {@code commentId} on cover letter {@code coverId} (404 when it belongs to
   * another cover). API 1.3.
   *
   * @param coverId the cover letter's id
   * @param commentId the comment's id
   * @return the comment {@code commentId} on cover letter {@code coverId} (404 when it belongs to
   *     another cover)
   */
  public Comment getForCover(long coverId, long commentId) {
    return Futures.await(async.getForCover(coverId, commentId));
  }

  /**
   * Sets or clears {@code addressed}; see {@link CommentResource#updateForPatch(long, long, CommentUpdate)}.
   *
   * @param patchId the patch's id
   * @param commentId the comment's id
   * @param update the fields to change (fields it does not touch are left alone)
   * @return the comment as the server now has it
   */
  public Comment updateForPatch(long patchId, long commentId, CommentUpdate update) {
    return Futures.await(async.updateForPatch(patchId, commentId, update));
  }

  /**
   * Sets or clears {@code addressed}; see {@link CommentResource#updateForCover(long, long, CommentUpdate)}.
   *
   * @param coverId the cover letter's id
   * @param commentId the comment's id
   * @param update the fields to change (fields it does not touch are left alone)
   * @return the comment as the server now has it
   */
  public Comment updateForCover(long coverId, long commentId, CommentUpdate update) {
    return Futures.await(async.updateForCover(coverId, commentId, update));
  }
}
