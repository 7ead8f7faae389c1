package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiSession;
import io.github.patchwork4j.model.Comment;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Comments on patches and cover letters: the lists (API 1.1) and single comments (API 1.3).
 * Read anonymously; {@code addressed} is written with {@code PATCH} (API 1.3). Through an older API version the calls fail with
 * {@link io.github.patchwork4j.client.error.UnsupportedFeatureException} without sending
 * (the server would answer an HTML 404).
 */
public final class CommentResource {

  private final ApiSession session;

  CommentResource(ApiSession session) {
    this.session = session;
  }

  /**
   * Every comment on the patch, in id order. API 1.1.
   *
   * @param patchId the patch's id
   * @return every comment on the patch, in id order
   */
  public Paginated<Comment> listForPatch(long patchId) {
    return listForPatch(patchId, CommentQuery.all());
  }

  /**
   * The comments on the patch, in the query's order. API 1.1.
   *
   * @param patchId the patch's id
   * @param query the filters, order and page size
   * @return the comments on the patch, in the query's order
   */
  public Paginated<Comment> listForPatch(long patchId, CommentQuery query) {
    Objects.requireNonNull(query, "query");
    return Resources.list(session, Comment.class, ApiFeature.COMMENTS, query.pageSize(), query::writeTo,
        "patches", Resources.id(patchId, "patch id"), "comments");
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
  public CompletableFuture<Comment> getForPatch(long patchId, long commentId) {
    return Resources.get(session, Comment.class, ApiFeature.COMMENT_DETAIL,
        "patches", Resources.id(patchId, "patch id"), "comments", Resources.id(commentId, "comment id"));
  }

  /**
   * Every comment on the cover letter, in id order. API 1.1.
   *
   * @param coverId the cover letter's id
   * @return every comment on the cover letter, in id order
   */
  public Paginated<Comment> listForCover(long coverId) {
    return listForCover(coverId, CommentQuery.all());
  }

  /**
   * The comments on the cover letter, in the query's order. API 1.1.
   *
   * @param coverId the cover letter's id
   * @param query the filters, order and page size
   * @return the comments on the cover letter, in the query's order
   */
  public Paginated<Comment> listForCover(long coverId, CommentQuery query) {
    Objects.requireNonNull(query, "query");
    return Resources.list(session, Comment.class, ApiFeature.COMMENTS, query.pageSize(), query::writeTo,
        "covers", Resources.id(coverId, "cover id"), "comments");
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
  public CompletableFuture<Comment> getForCover(long coverId, long commentId) {
    return Resources.get(session, Comment.class, ApiFeature.COMMENT_DETAIL,
        "covers", Resources.id(coverId, "cover id"), "comments", Resources.id(commentId, "comment id"));
  }

  // ---------------------------------------------------------------- writes

  /**
   * Sets or clears {@code addressed} on comment {@code commentId} of patch {@code patchId}:
   * {@code PATCH patches/{id}/comments/{commentId}/} (API 1.3+; below, {@code
   * UnsupportedFeatureException} and nothing is sent). Answers the updated comment. Allowed for
   * the comment author's user and anyone who may edit the patch ({@code
   * PermissionDeniedException} otherwise); a comment of another patch is a {@code
   * NotFoundException}. The server emits another "comment created" event for each update.
   *
   * @param patchId the patch's id
   * @param commentId the comment's id
   * @param update the fields to change (fields it does not touch are left alone)
   * @return a future of the comment as the server now has it
   */
  public CompletableFuture<Comment> updateForPatch(long patchId, long commentId, CommentUpdate update) {
    return update("patches", Resources.id(patchId, "patch id"), commentId, update);
  }

  /**
   * Sets or clears {@code addressed} on comment {@code commentId} of cover letter {@code
   * coverId}: {@code PATCH covers/{id}/comments/{commentId}/} (API 1.3+). Allowed for the
   * comment author's user, the cover submitter's user and the project's maintainers. Otherwise
   * as {@link #updateForPatch(long, long, CommentUpdate)}.
   *
   * @param coverId the cover letter's id
   * @param commentId the comment's id
   * @param update the fields to change (fields it does not touch are left alone)
   * @return a future of the comment as the server now has it
   */
  public CompletableFuture<Comment> updateForCover(long coverId, long commentId, CommentUpdate update) {
    return update("covers", Resources.id(coverId, "cover id"), commentId, update);
  }

  private CompletableFuture<Comment> update(String parent, long parentId, long commentId, CommentUpdate update) {
    Objects.requireNonNull(update, "update");
    return Writes.send(session, "PATCH", ApiFeature.COMMENT_DETAIL, update.body(), Comment.class,
        parent, parentId, "comments", Resources.id(commentId, "comment id"));
  }
}
