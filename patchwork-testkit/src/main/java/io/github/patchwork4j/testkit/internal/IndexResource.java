package io.github.patchwork4j.testkit.internal;

/** {@code /api/}: the links to every collection. */
final class IndexResource implements Resource {

  @Override
  public Reply read(Req req) {
    return req.json(200, req.render.index());
  }
}
