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
import java.util.function.Consumer;

/**
 * The one WireMock extension of a fake server: every request WireMock receives is answered by
 * that server's {@link Server}. One instance per WireMock server; nothing static.
 */
public final class Bridge implements ResponseDefinitionTransformerV2 {

  public static final String NAME = "patchwork4j-fake";

  private final Server server;
  private final Consumer<Call> listener;

  /**
   * @param listener sees every request before it is answered (the request log)
   */
  public Bridge(Server server, Consumer<Call> listener) {
    this.server = server;
    this.listener = listener;
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
    Reply reply = server.handle(call);
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
