package io.github.patchwork4j.client.testing;

import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.model.ApiVersion;

/**
 * The three URL prefixes the recordings were made through, and a client that sends its API
 * calls through the same prefix (pinned, so that no negotiation request is needed).
 */
public enum Prefix {
  /** {@code /api/1.2/}. */
  V1_2("v1.2", ApiVersion.V1_2),
  /** {@code /api/1.3/}. */
  V1_3("v1.3", ApiVersion.V1_3),
  /** {@code /api/}: the recording server's newest version, 1.3. */
  UNVERSIONED("unversioned", ApiVersion.V1_3);

  private final String dir;
  private final ApiVersion version;

  Prefix(String dir, ApiVersion version) {
    this.dir = dir;
    this.version = version;
  }

  /** The recordings folder, e.g. {@code v1.3}. */
  public String dir() {
    return dir;
  }

  /** {@code dir() + "/" + name}. */
  public String rec(String name) {
    return dir + "/" + name;
  }

  /** The API version requests go through (unversioned = what the server is newest at). */
  public ApiVersion version() {
    return version;
  }

  /** A builder pointed at the server, sending calls through this prefix. */
  public PatchworkClient.Builder builder(RecordedServer server) {
    PatchworkClient.Builder b = PatchworkClient.builder().baseUrl(server.baseUrl()).apiVersion(version);
    return this == UNVERSIONED ? b.unversioned() : b;
  }

  /** An anonymous client. */
  public PatchworkClient client(RecordedServer server) {
    return builder(server).build();
  }

  /** A client with a token (the recordings' non-anonymous roles). */
  public PatchworkClient clientWithToken(RecordedServer server) {
    return builder(server).token("test-token-not-secret").build();
  }
}
