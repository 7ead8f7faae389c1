package io.github.patchwork4j.testkit.internal;

/** Ends the handling of a request with this reply (an error page, a 403, a 404...). */
final class Halt extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Reply reply;

  Halt(Reply reply) {
    super(null, null, false, false);
    this.reply = reply;
  }

  Reply reply() {
    return reply;
  }
}
