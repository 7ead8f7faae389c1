package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.Futures;
import io.github.patchwork4j.model.Project;

/**
 * The blocking view of {@link ProjectResource}: the same methods, returning values and throwing the
 * {@link io.github.patchwork4j.client.error.PatchworkException} itself. Lists are the same
 * lazy {@link Paginated}: use its {@code stream()} or {@code iterator()}, which block.
 */
public final class BlockingProjectResource {

  private final ProjectResource async;

  BlockingProjectResource(ProjectResource async) {
    this.async = async;
  }

  /**
   * The project with this id.
   *
   * @param id the project's id
   * @return the project with this id
   */
  public Project get(long id) {
    return Futures.await(async.get(id));
  }

  /**
   * The project with this link name ({@code qemu-devel}). A link name made only of digits is
   * read by the server as an id.
   *
   * @param linkName the project's link name, e.g. {@code qemu-devel}
   * @return the project with this link name ({@code qemu-devel})
   */
  public Project get(String linkName) {
    return Futures.await(async.get(linkName));
  }

  /**
   * Every project, in id order.
   *
   * @return every project, in id order
   */
  public Paginated<Project> list() {
    return async.list();
  }

  /**
   * Every project, in the query's order.
   *
   * @param query the filters, order and page size
   * @return every project, in the query's order
   */
  public Paginated<Project> list(ProjectQuery query) {
    return async.list(query);
  }

  /**
   * Changes the project; see {@link ProjectResource#update(long, ProjectUpdate)}.
   *
   * @param id the project's id
   * @param update the fields to change (fields it does not touch are left alone)
   * @return the project as the server now has it
   */
  public Project update(long id, ProjectUpdate update) {
    return Futures.await(async.update(id, update));
  }

  /**
   * Changes the project; see {@link ProjectResource#update(String, ProjectUpdate)}.
   *
   * @param linkName the project's link name, e.g. {@code qemu-devel}
   * @param update the fields to change (fields it does not touch are left alone)
   * @return the project as the server now has it
   */
  public Project update(String linkName, ProjectUpdate update) {
    return Futures.await(async.update(linkName, update));
  }
}
