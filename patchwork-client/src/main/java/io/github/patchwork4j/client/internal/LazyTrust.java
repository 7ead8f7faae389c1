package io.github.patchwork4j.client.internal;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The JVM's default certificate checks, loaded when a TLS connection first needs them.
 *
 * <p>{@code java.net.http} builds its TLS context when the client is built, and the JVM's default
 * one reads and parses the whole CA store then: a large part of a short process's start-up,
 * wasted when the server is plain {@code http://}. For such a server the transport gives the HTTP
 * client this context instead: its trust manager makes exactly the default decisions (it
 * delegates every call to the default {@link TrustManagerFactory}'s manager), only later, should
 * a TLS connection ever be made.
 */
final class LazyTrust extends X509ExtendedTrustManager {

  private static SSLContext shared;

  private volatile X509ExtendedTrustManager delegate;

  /**
   * The TLS context with the default key managers and this lazy trust manager (one per JVM).
   *
   * @return the context
   * @throws IllegalStateException when the JVM has no TLS
   */
  static synchronized SSLContext context() {
    if (shared != null) {
      return shared;
    }
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new LazyTrust()}, null);
      shared = context;
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("TLS is not available in this JVM: " + e.getMessage(), e);
    }
  }

  private X509ExtendedTrustManager delegate() throws CertificateException {
    X509ExtendedTrustManager d = delegate;
    if (d == null) {
      try {
        TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init((KeyStore) null);
        for (TrustManager m : f.getTrustManagers()) {
          if (m instanceof X509ExtendedTrustManager x) {
            d = x;
            break;
          }
        }
      } catch (GeneralSecurityException e) {
        throw new CertificateException("cannot load the JVM's trusted certificates: " + e.getMessage(), e);
      }
      if (d == null) {
        throw new CertificateException("the JVM has no X.509 trust manager");
      }
      delegate = d;
    }
    return d;
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
    delegate().checkClientTrusted(chain, authType, socket);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
    delegate().checkServerTrusted(chain, authType, socket);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
    delegate().checkClientTrusted(chain, authType, engine);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
    delegate().checkServerTrusted(chain, authType, engine);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
    delegate().checkClientTrusted(chain, authType);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
    delegate().checkServerTrusted(chain, authType);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    try {
      return delegate().getAcceptedIssuers();
    } catch (CertificateException e) {
      return new X509Certificate[0];
    }
  }
}
