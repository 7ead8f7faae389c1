package io.github.patchwork4j.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request body as DRF's parsers give it to a view: JSON, a urlencoded form or a multipart
 * form, as one JSON object of fields. Nothing else reads the body.
 */
final class Body {

  private Body() {
  }

  /** The body's fields (none for an empty body), or the answer to a body DRF refuses. */
  static Result<ObjectNode> parse(Req req) {
    Call call = req.call;
    if (!call.hasBody()) {
      return Result.ok(Json.object());
    }
    String contentType = call.header("Content-Type");
    String media = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (media.equals("application/json")) {
      return json(req);
    }
    if (media.equals("application/x-www-form-urlencoded")) {
      return Result.ok(form(Query.parse(call.bodyText()).pairs()));
    }
    if (media.equals("multipart/form-data")) {
      String boundary = Multipart.boundary(contentType);
      if (boundary == null) {
        return Result.fail(req.error(400, "Multipart form parse error - Invalid boundary in multipart: None"));
      }
      return Result.ok(form(Multipart.fields(call.bodyBytes(), boundary)));
    }
    return Result.fail(req.error(415, "Unsupported media type \"" + (contentType == null ? "" : contentType)
        + "\" in request."));
  }

  private static Result<ObjectNode> json(Req req) {
    JsonNode parsed;
    try {
      parsed = Json.mapper().readTree(req.call.bodyBytes());
    } catch (JsonProcessingException e) {
      return Result.fail(req.error(400, "JSON parse error - " + e.getOriginalMessage()));
    } catch (IOException e) {
      return Result.fail(req.error(400, "JSON parse error - " + e.getMessage()));
    }
    if (parsed == null || parsed.isNull()) {
      if (req.route.kind() == Route.Kind.CHECKS) {
        // CheckSerializer.run_validation tests 'state' in None: a TypeError
        return Result.fail(Pages.serverError());
      }
      // the serializer's answer to data=None
      ObjectNode body = Json.object();
      body.putArray("detail").add("No data provided");
      return Result.fail(req.json(400, body));
    }
    if (!parsed.isObject()) {
      ObjectNode body = Json.object();
      body.putArray("detail").add("Invalid data. Expected a dictionary, but got "
          + Fields.pythonType(parsed) + ".");
      return Result.fail(req.json(400, body));
    }
    return Result.ok((ObjectNode) parsed);
  }

  /** Form fields (a {@code QueryDict}) as the JSON the writes read: repeated names become lists. */
  private static ObjectNode form(List<Map.Entry<String, String>> pairs) {
    ObjectNode out = Json.object();
    for (Map.Entry<String, String> p : pairs) {
      JsonNode prev = out.get(p.getKey());
      if (prev == null) {
        out.put(p.getKey(), p.getValue());
      } else if (prev.isArray()) {
        ((ArrayNode) prev).add(p.getValue());
      } else {
        ArrayNode a = out.putArray(p.getKey());
        a.add(prev);
        a.add(p.getValue());
      }
    }
    return out;
  }
}
