package io.github.patchwork4j.client.internal;

import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The TLS context for a server reached over plain {@code http://}: one that never does TLS.
 *
 * <p>{@code java.net.http} asks its TLS context for default parameters when the client is built,
 * even when no request will use TLS, and the JDK's context answers them by setting up its whole
 * TLS machinery (some 800 classes): a large part of a short process's start-up. The client never
 * leaves the base URL's scheme (it follows redirects only on the base and moves the server's links
 * onto it), so with an {@code http://} server nothing needs TLS; should anything try, it fails
 * with a plain message. A context given to the builder's {@code sslContext(...)} is used
 * instead.
 */
final class NoTls extends SSLContextSpi {

  private static final SSLContext CONTEXT = new SSLContext(new NoTls(), null, "TLS") {};

  private NoTls() {}

  /**
   * The context (one per JVM).
   *
   * @return a context whose every TLS operation fails
   */
  static SSLContext context() {
    return CONTEXT;
  }

  private static UnsupportedOperationException refused() {
    return new UnsupportedOperationException("TLS is not set up for a server given with an http:// URL");
  }

  @Override
  protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random) {
    // nothing to set up
  }

  @Override
  protected SSLSocketFactory engineGetSocketFactory() {
    throw refused();
  }

  @Override
  protected SSLServerSocketFactory engineGetServerSocketFactory() {
    throw refused();
  }

  @Override
  protected SSLEngine engineCreateSSLEngine() {
    throw refused();
  }

  @Override
  protected SSLEngine engineCreateSSLEngine(String host, int port) {
    throw refused();
  }

  @Override
  protected SSLSessionContext engineGetServerSessionContext() {
    throw refused();
  }

  @Override
  protected SSLSessionContext engineGetClientSessionContext() {
    throw refused();
  }

  /** Empty parameters: the engine's defaults, of an engine that is never made. */
  @Override
  protected SSLParameters engineGetDefaultSSLParameters() {
    return new SSLParameters();
  }

  @Override
  protected SSLParameters engineGetSupportedSSLParameters() {
    return new SSLParameters();
  }
}
