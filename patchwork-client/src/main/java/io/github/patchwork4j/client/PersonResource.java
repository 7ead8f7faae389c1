package io.github.patchwork4j.client;

import io.github.patchwork4j.client.internal.ApiSession;
import io.github.patchwork4j.model.Submitter;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * People (mail senders, with their user account when linked): {@code GET /people/} and
 * {@code GET /people/{id}/}. The server wants authentication for these (403 otherwise).
 */
public final class PersonResource {

  private final ApiSession session;

  PersonResource(ApiSession session) {
    this.session = session;
  }

  /**
   * The person with this id.
   *
   * @param id the person's id
   * @return the person with this id
   */
  public CompletableFuture<Submitter> get(long id) {
    return Resources.get(session, Submitter.class, null, "people", Resources.id(id, "person id"));
  }

  /**
   * Every person, in id order.
   *
   * @return every person, in id order
   */
  public Paginated<Submitter> list() {
    return list(PersonQuery.all());
  }

  /**
   * The people matching the query.
   *
   * @param query the filters, order and page size
   * @return the people matching the query
   */
  public Paginated<Submitter> list(PersonQuery query) {
    Objects.requireNonNull(query, "query");
    return Resources.list(session, Submitter.class, null, query.pageSize(), query::writeTo, "people");
  }
}
