import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HandlerMap } from '../ipc/handlerMap';
import { readRequestBody } from '../requestBody';
import type { Log } from '../services/log/rotatingLog';
import type { ServerCertificate } from './selfSignedCertificate';
import { invokePath, sessionHeader, workstationHeader } from './protocol';
import { workstationSessions, type Caller } from './workstationSessions';

const workstationIdPattern = /^[A-Za-z0-9_-]{16,64}$/;

export interface PracticeServer {
  server: Server;
  /** The address it listens on, e.g. https://127.0.0.1:8443. */
  url: string;
  address: AddressInfo;
  sessions: ReturnType<typeof workstationSessions>;
  close(): Promise<void>;
}

/** The network address without IPv4-in-IPv6 dress (::ffff:192.0.2.7 is 192.0.2.7). */
function addressOf(request: IncomingMessage): string {
  const address = request.socket.remoteAddress ?? '';
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

function bearer(request: IncomingMessage): string | null {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(header);
  return match?.[1] ?? null;
}

/**
 * The practice server: the app's typed api over HTTPS, one POST /api/invoke with {channel, input}
 * answered by the practice's handler map in the calling workstation's session. Every request names
 * its workstation (a random id it keeps) and, once signed in, brings the session token the server
 * answered with. Browsers are turned away (a request with an Origin header): the server has no
 * pages, and a web page elsewhere on the network must not be able to call it.
 */
export async function startPracticeServer(options: {
  handlers: HandlerMap;
  certificate: ServerCertificate;
  host: string;
  port: number;
  /** The practice's clock, for the sessions' expiry. */
  now(): string;
  log: Log;
}): Promise<PracticeServer> {
  const sessions = workstationSessions();
  const server = createServer({ key: options.certificate.key, cert: options.certificate.certificate, minVersion: 'TLSv1.2' }, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.log.error('practice server request failed', error);
      if (!response.headersSent) send(response, 500, 'Internal error');
    });
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.url !== invokePath) return send(response, 404, 'Not found');
    if (request.method !== 'POST') return send(response, 405, 'Method not allowed');
    if (request.headers.origin !== undefined) return send(response, 403, 'No browsers');
    const workstationId = request.headers[workstationHeader];
    if (typeof workstationId !== 'string' || !workstationIdPattern.test(workstationId)) return send(response, 400, 'Workstation id missing');
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return send(response, 415, 'JSON only');
    let body: unknown;
    try {
      body = JSON.parse(await readRequestBody(request));
    } catch {
      return send(response, 400, 'Bad request');
    }
    const { channel, input } = (body ?? {}) as { channel?: unknown; input?: unknown };

    const caller: Caller = { workstationId, address: addressOf(request), token: bearer(request) };
    const admission = sessions.admit(caller);
    if (admission.refused === 'otherWorkstation') {
      options.log.info(`session token refused: shown by workstation ${workstationId} at ${caller.address}, not the one it was given to; that session is ended`);
    }
    const result = await options.handlers.invoke(typeof channel === 'string' ? channel : '', input, admission.session);
    const token = sessions.settle(caller, admission, options.now());
    response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', [sessionHeader]: token ?? '' });
    response.end(JSON.stringify(result));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    url: `https://${host}:${address.port}`,
    address,
    sessions,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(text);
}
