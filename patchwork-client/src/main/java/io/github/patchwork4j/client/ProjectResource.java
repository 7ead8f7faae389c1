package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiSession;
import io.github.patchwork4j.model.Project;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Projects: {@code GET /projects/} and {@code GET /projects/{id or link name}/}. Read
 * anonymously.
 */
public final class ProjectResource {

  private final ApiSession session;

  ProjectResource(ApiSession session) {
    this.session = session;
  }

  /** The project with this id. */
  public CompletableFuture<Project> get(long id) {
    return Resources.get(session, Project.class, null, "projects", Resources.id(id, "project id"));
  }

  /**
   * The project with this link name ({@code qemu-devel}). A link name made only of digits is
   * read by the server as an id.
   */
  public CompletableFuture<Project> get(String linkName) {
    return Resources.get(session, Project.class, null, "projects", QuerySpec.text(linkName, "link name"));
  }

  /** Every project, in id order. */
  public Paginated<Project> list() {
    return list(ProjectQuery.all());
  }

  /** Every project, in the query's order. */
  public Paginated<Project> list(ProjectQuery query) {
    Objects.requireNonNull(query, "query");
    return Resources.list(session, Project.class, null, query.pageSize(), query::writeTo, "projects");
  }
}
