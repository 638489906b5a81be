import { X509Certificate } from 'node:crypto';
import { Agent, request } from 'node:https';
import type { PeerCertificate } from 'node:tls';
import type { ApiResult } from '../../shared/ipc';
import type { ApiInvoker } from '../ipc/handlerMap';
import type { Log } from '../services/log/rotatingLog';
import { invokePath, sessionHeader, workstationHeader } from '../server/protocol';
import { presentedCertificate } from './presentedCertificate';

const requestTimeoutMs = 60_000;

/** Refuses any certificate but the pinned one, on the TLS socket, before a request is sent. */
export function pinnedIdentity(fingerprint: string) {
  return (_host: string, certificate: PeerCertificate): Error | undefined =>
    certificate.fingerprint256 === fingerprint ? undefined : new Error(`The practice server shows certificate ${certificate.fingerprint256}, not the pinned ${fingerprint}`);
}

/** The code a failed request's error carries (ECONNREFUSED, ECONNRESET, a TLS code), if any. */
function errorCodeOf(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'no error code';
}

/**
 * A workstation's connection to its practice server: forwards api calls over HTTPS to the server's
 * handler map. TLS is verified against the pinned certificate as the only trusted one (`ca`), and
 * `checkServerIdentity` compares the socket's certificate fingerprint with the pinned one (the
 * pin replaces the host-name check). The session token the server answers with is kept in memory
 * only. A refused handshake answers `serverCertificateChanged` when the server now shows another
 * certificate, `serverUnreachable` otherwise; the cause (the channel, the error's code, message and
 * stack, never the request's input) goes to `log` (the desktop's data-folder log).
 */
export function practiceServerClient(options: { url: string; certificate: string; workstationId: string; log: Log }): ApiInvoker & { close(): void } {
  const pinned = new X509Certificate(options.certificate).fingerprint256;
  const agent = new Agent({ keepAlive: true, ca: options.certificate, checkServerIdentity: pinnedIdentity(pinned) });
  const endpoint = new URL(invokePath, options.url);
  let token: string | null = null;

  function post(body: string): Promise<{ status: number; session: string | null; text: string }> {
    return new Promise((resolve, reject) => {
      const outgoing = request(
        endpoint,
        {
          method: 'POST',
          agent,
          timeout: requestTimeoutMs,
          headers: {
            'Content-Type': 'application/json',
            [workstationHeader]: options.workstationId,
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const session = response.headers[sessionHeader];
            resolve({ status: response.statusCode ?? 0, session: typeof session === 'string' ? session : null, text: Buffer.concat(chunks).toString('utf8') });
          });
          response.on('error', reject);
        },
      );
      outgoing.on('timeout', () => outgoing.destroy(new Error('The practice server did not answer in time')));
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  async function refusal(): Promise<'serverCertificateChanged' | 'serverUnreachable'> {
    const presented = await presentedCertificate(options.url);
    return presented !== null && presented.fingerprint !== pinned ? 'serverCertificateChanged' : 'serverUnreachable';
  }

  return {
    async invoke(channel, input) {
      let answer: Awaited<ReturnType<typeof post>>;
      try {
        answer = await post(JSON.stringify({ channel, input }));
      } catch (error) {
        const code = await refusal();
        options.log.error(`practice server request failed (channel ${channel}, ${errorCodeOf(error)}), answered ${code}`, error);
        return { ok: false, error: { code } };
      }
      if (answer.status !== 200) return { ok: false, error: { code: 'internal' } };
      if (answer.session !== null) token = answer.session === '' ? null : answer.session;
      try {
        return JSON.parse(answer.text) as ApiResult<unknown>;
      } catch {
        return { ok: false, error: { code: 'internal' } };
      }
    },
    close() {
      agent.destroy();
    },
  };
}
