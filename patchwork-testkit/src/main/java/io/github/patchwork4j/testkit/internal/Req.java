package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** One API request being answered: the call, its route, version and authenticated principal. */
final class Req {

  final Call call;
  final Route route;
  final int minor;
  final String prefix;
  final Principal user;
  final Render render;

  Req(Call call, ApiMatch match, Principal user, Render render) {
    this.call = call;
    this.route = match.route();
    this.minor = match.minor();
    this.prefix = match.prefix();
    this.user = user;
    this.render = render;
  }

  boolean anonymous() {
    return user.anonymous();
  }

  String method() {
    return call.method();
  }

  /** The headers DRF adds to every answer of this view. */
  Map<String, String> viewHeaders() {
    return viewHeaders(route);
  }

  static Map<String, String> viewHeaders(Route route) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Allow", route.kind().allow());
    h.put("Vary", "Accept, Cookie");
    return h;
  }

  /** A JSON answer of this view. */
  Reply json(int status, JsonNode body) {
    return Reply.json(status, body).headers(viewHeaders());
  }

  /** {@code {"detail": "..."}} answered by this view. */
  Reply error(int status, String detail) {
    return Reply.detail(status, detail).headers(viewHeaders());
  }

  Reply notFound() {
    return error(404, "Not found.");
  }

  Reply notAllowed() {
    return error(405, "Method \"" + method() + "\" not allowed.");
  }

  /** 403 as DRF words it: "not provided" for anonymous callers, "no permission" otherwise. */
  Reply denied() {
    return anonymous() ? error(403, "Authentication credentials were not provided.")
        : error(403, "You do not have permission to perform this action.");
  }

  /** The value, or this view's 404 when there is none. */
  <T> Result<T> found(T value) {
    return Result.orFail(value, notFound());
  }
}
