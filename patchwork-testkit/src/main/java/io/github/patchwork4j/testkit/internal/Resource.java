package io.github.patchwork4j.testkit.internal;

import java.util.Optional;

/**
 * The handler of one API resource (patches, checks, bundles...): the routes of its kinds lead
 * here from the server's one route table.
 */
interface Resource {

  /**
   * The answer the server gives before it looks at the method, by role or API version (a 403
   * to anonymous callers, a 405 for writes the version does not have); empty to go on.
   */
  default Optional<Reply> gate(Req req) {
    return Optional.empty();
  }

  /** GET and HEAD. */
  Reply read(Req req);

  /** PUT, PATCH, POST and DELETE, on a route whose view allows the method. */
  default Reply write(Req req) {
    return req.notAllowed();
  }
}
