package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;

/**
 * The control endpoints of a standalone fake, under {@code /_fake/}: {@code POST /_fake/mail}
 * delivers the body (one message or an mbox) and answers {@code {"stored": n}}; {@code POST
 * /_fake/reset} restores the start state and answers 204. Anything else there is a 404.
 */
public final class Control {

  /** The path prefix the control endpoints live under. */
  public static final String PREFIX = "/_fake/";

  private final Function<byte[], Integer> deliver;
  private final Runnable reset;

  /**
   * @param deliver delivers a body and says how many messages were stored
   * @param reset restores the start state
   */
  public Control(Function<byte[], Integer> deliver, Runnable reset) {
    this.deliver = deliver;
    this.reset = reset;
  }

  Reply handle(Call call) {
    String path = call.rawPath();
    boolean post = call.method().equals("POST");
    if (path.equals(PREFIX + "mail") && post) {
      byte[] body = call.body();
      if (body == null || body.length == 0) {
        return Reply.detail(400, "POST the raw message (or an mbox) as the request body");
      }
      ObjectNode out = Json.object();
      out.put("stored", deliver.apply(body));
      return Reply.json(200, out);
    }
    if (path.equals(PREFIX + "reset") && post) {
      reset.run();
      return Reply.empty(204);
    }
    return Reply.detail(404, "The fake's control endpoints are POST " + PREFIX + "mail and POST " + PREFIX
        + "reset");
  }
}
