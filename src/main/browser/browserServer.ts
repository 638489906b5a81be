import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { ApiInvoker } from '../ipc/handlerMap';
import { readRequestBody } from '../requestBody';
import { contentSecurityPolicy } from '../contentSecurityPolicy';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface BrowserServer {
  server: Server;
  /** The address to open, with this run's secret token. */
  url: string;
  close(): Promise<void>;
}

/**
 * Browser mode: serves the renderer on loopback and routes api calls to the handler map (or, on a
 * workstation of a practice server, to the workstation's api that forwards them).
 * Api requests need this run's token and must come from this server's own origin.
 */
export async function startBrowserServer(options: {
  handlers: ApiInvoker;
  rendererDirectory: string;
  port?: number;
}): Promise<BrowserServer> {
  const token = randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const server = createServer((request, response) => {
    handle(request, response).catch(() => send(response, 500, 'text/plain', 'Internal error'));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('Browser mode could not bind a port');
  const origin = `http://127.0.0.1:${address.port}`;

  function tokenMatches(value: string | undefined): boolean {
    if (!value) return false;
    const given = Buffer.from(value);
    return given.length === tokenBytes.length && timingSafeEqual(given, tokenBytes);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.headers.host !== `127.0.0.1:${address && typeof address !== 'string' ? address.port : 0}`) {
      return send(response, 421, 'text/plain', 'Wrong host');
    }
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname === '/api/invoke') return handleInvoke(request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'Method not allowed');
    return serveFile(url.pathname, response);
  }

  async function handleInvoke(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, 'text/plain', 'Method not allowed');
    if (request.headers.origin !== origin) return send(response, 403, 'text/plain', 'Wrong origin');
    const header = request.headers['x-ruggensteun-token'];
    if (!tokenMatches(Array.isArray(header) ? header[0] : header)) return send(response, 403, 'text/plain', 'Wrong token');
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(response, 415, 'text/plain', 'JSON only');
    }
    let body: unknown;
    try {
      body = JSON.parse(await readRequestBody(request));
    } catch {
      return send(response, 400, 'text/plain', 'Bad request');
    }
    const { channel, input } = (body ?? {}) as { channel?: unknown; input?: unknown };
    const result = await options.handlers.invoke(typeof channel === 'string' ? channel : '', input);
    send(response, 200, 'application/json', JSON.stringify(result));
  }

  async function serveFile(pathname: string, response: ServerResponse): Promise<void> {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1));
    const file = normalize(join(options.rendererDirectory, relative));
    if (!file.startsWith(normalize(options.rendererDirectory) + sep)) return send(response, 404, 'text/plain', 'Not found');
    const type = contentTypes[extname(file)];
    if (!type) return send(response, 404, 'text/plain', 'Not found');
    try {
      send(response, 200, type, await readFile(file));
    } catch {
      send(response, 404, 'text/plain', 'Not found');
    }
  }

  return {
    server,
    url: `${origin}/?token=${token}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  response.end(body);
}
