package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiSession;
import io.github.patchwork4j.model.Project;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Projects: {@code GET /projects/} and {@code GET /projects/{id or link name}/}. Read
 * anonymously. Maintainers change the URL fields with {@code PATCH /projects/{id}/}.
 */
public final class ProjectResource {

  private final ApiSession session;

  ProjectResource(ApiSession session) {
    this.session = session;
  }

  /**
   * The project with this id.
   *
   * @param id the project's id
   * @return the project with this id
   */
  public CompletableFuture<Project> get(long id) {
    return Resources.get(session, Project.class, null, "projects", Resources.id(id, "project id"));
  }

  /**
   * The project with this link name ({@code qemu-devel}). A link name made only of digits is
   * read by the server as an id.
   *
   * @param linkName the project's link name, e.g. {@code qemu-devel}
   * @return the project with this link name ({@code qemu-devel})
   */
  public CompletableFuture<Project> get(String linkName) {
    return Resources.get(session, Project.class, null, "projects", QuerySpec.text(linkName, "link name"));
  }

  /**
   * Every project, in id order.
   *
   * @return every project, in id order
   */
  public Paginated<Project> list() {
    return list(ProjectQuery.all());
  }

  /**
   * Every project, in the query's order.
   *
   * @param query the filters, order and page size
   * @return every project, in the query's order
   */
  public Paginated<Project> list(ProjectQuery query) {
    Objects.requireNonNull(query, "query");
    return Resources.list(session, Project.class, null, query.pageSize(), query::writeTo, "projects");
  }

  // ---------------------------------------------------------------- writes

  /**
   * Changes the project's URL fields (and {@code show_dependencies}, API 1.4): {@code PATCH
   * projects/{id}/} with the touched fields. Only the project's maintainers may ({@code
   * PermissionDeniedException} otherwise). A field the API version lacks fails the call with
   * {@code UnsupportedFeatureException} before sending (the server would ignore it). Answers the
   * updated project.
   *
   * @param id the project's id
   * @param update the fields to change (fields it does not touch are left alone)
   * @return a future of the project as the server now has it
   * @throws IllegalArgumentException if the id is not positive
   */
  public CompletableFuture<Project> update(long id, ProjectUpdate update) {
    Objects.requireNonNull(update, "update");
    return Writes.send(session, "PATCH", null, update.body(), Project.class, "projects",
        Resources.id(id, "project id"));
  }

  /**
   * Same as {@link #update(long, ProjectUpdate)}, for the project with this link name.
   *
   * @param linkName the project's link name, e.g. {@code qemu-devel}
   * @param update the fields to change (fields it does not touch are left alone)
   * @return same as {@link #update(long, ProjectUpdate)}, for the project with this link name
   */
  public CompletableFuture<Project> update(String linkName, ProjectUpdate update) {
    Objects.requireNonNull(update, "update");
    return Writes.send(session, "PATCH", null, update.body(), Project.class, "projects",
        QuerySpec.text(linkName, "link name"));
  }
}
