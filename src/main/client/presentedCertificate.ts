import { X509Certificate } from 'node:crypto';
import { connect } from 'node:tls';

export interface PresentedCertificate {
  /** PEM, as pinned. */
  certificate: string;
  fingerprint: string;
}

const probeTimeoutMs = 5_000;

/**
 * The certificate a server shows in its TLS handshake, or null when it cannot be reached. Used only
 * to show the fingerprint before pinning (and to say which one a changed server shows): the
 * connection is closed right after the handshake and carries no request. Api calls go through
 * practiceServerClient, which verifies against the pinned certificate.
 */
export function presentedCertificate(url: string): Promise<PresentedCertificate | null> {
  const { hostname, port } = new URL(url);
  const host = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  return new Promise((resolve) => {
    const socket = connect({ host, port: Number(port || 443), rejectUnauthorized: false, ...(/^[\d.:]+$/.test(host) ? {} : { servername: host }) });
    const done = (result: PresentedCertificate | null) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(probeTimeoutMs, () => done(null));
    socket.once('error', () => done(null));
    socket.once('secureConnect', () => {
      const raw = socket.getPeerCertificate().raw;
      if (!raw) return done(null);
      const certificate = new X509Certificate(raw);
      done({ certificate: certificate.toString(), fingerprint: certificate.fingerprint256 });
    });
  });
}
