package io.github.patchwork4j.testkit.internal;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The one WireMock extension of a fake server: every request its catch-all stub matches is
 * answered by that server's {@link Server}; a request another stub matched (one a test added
 * through the escape hatch) keeps that stub's answer. Every request is shown to the listener.
 * One instance per WireMock server; nothing static.
 */
public final class Bridge implements ResponseDefinitionTransformerV2 {

  public static final String NAME = "patchwork4j-fake";

  private final Server server;
  private final Consumer<Call> listener;
  private final UUID stubId;
  private final Control control;

  /**
   * @param listener sees every request before it is answered (the request log)
   * @param stubId the id of the catch-all stub whose answers the fake server gives
   * @param control answers requests under {@link Control#PREFIX}; null: none (the server's 404)
   */
  public Bridge(Server server, Consumer<Call> listener, UUID stubId, Control control) {
    this.server = server;
    this.listener = listener;
    this.stubId = stubId;
    this.control = control;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Call call = toCall(event.getRequest());
    listener.accept(call);
    if (event.getStubMapping() == null || !stubId.equals(event.getStubMapping().getId())) {
      return event.getResponseDefinition();
    }
    Reply reply = control != null && call.rawPath().startsWith(Control.PREFIX) ? control.handle(call)
        : server.handle(call);
    List<HttpHeader> headers = new ArrayList<>();
    reply.headers().forEach((k, v) -> headers.add(new HttpHeader(k, v)));
    return new ResponseDefinitionBuilder()
        .withStatus(reply.status())
        .withHeaders(new HttpHeaders(headers))
        .withBody(reply.bodyBytes())
        .build();
  }

  static Call toCall(Request request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpHeader h : request.getHeaders().all()) {
      headers.put(h.key(), new ArrayList<>(h.values()));
    }
    return new Call(request.getMethod().getName(), request.getUrl(), headers, request.getBody());
  }
}
