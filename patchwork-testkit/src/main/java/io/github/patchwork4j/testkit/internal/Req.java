package io.github.patchwork4j.testkit.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** One API request being answered: the call, its route, version and authenticated user. */
final class Req {

  final Call call;
  final Route route;
  final int minor;
  final String prefix;
  final int user;
  final Render render;

  Req(Call call, Route route, int minor, String prefix, int user, Render render) {
    this.call = call;
    this.route = route;
    this.minor = minor;
    this.prefix = prefix;
    this.user = user;
    this.render = render;
  }

  boolean anonymous() {
    return user < 0;
  }

  /** The headers DRF adds to every answer of this view. */
  Map<String, String> viewHeaders() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Allow", route.kind().allow());
    h.put("Vary", "Accept, Cookie");
    return h;
  }

  Reply json(int status, com.fasterxml.jackson.databind.JsonNode body) {
    Reply r = Reply.json(status, body);
    viewHeaders().forEach(r::header);
    return r;
  }

  Halt error(int status, String detail) {
    Reply r = Reply.detail(status, detail);
    viewHeaders().forEach(r::header);
    return new Halt(r);
  }

  Halt notFound() {
    return error(404, "Not found.");
  }

  /** 403 as DRF words it: "not provided" for anonymous callers, "no permission" otherwise. */
  Halt denied() {
    return anonymous() ? error(403, "Authentication credentials were not provided.")
        : error(403, "You do not have permission to perform this action.");
  }
}
