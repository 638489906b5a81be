import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../src/main/browser/browserServer';
import { fixedClock, openTestPractice, temporaryDirectory } from '../support/practiceFixture';

/** A raw HTTP request, so that Host and Origin can be set as an attacker would. */
function send(url: URL, options: { method?: string; headers?: Record<string, string>; body?: string; path?: string }) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: options.path ?? '/', method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

describe('browser mode', () => {
  let server: BrowserServer;
  let url: URL;
  let token: string;
  let origin: string;

  beforeAll(async () => {
    const renderer = join(temporaryDirectory(), 'renderer');
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Ruggensteun</title>');
    const { handlers } = await openTestPractice(temporaryDirectory(), { clock: fixedClock(), checkOutputs: true });
    server = await startBrowserServer({ handlers, rendererDirectory: renderer });
    url = new URL(server.url);
    token = url.searchParams.get('token') ?? '';
    origin = url.origin;
  });
  afterAll(() => server.close());

  const invoke = (headers: Record<string, string>) =>
    send(url, {
      method: 'POST',
      path: '/api/invoke',
      headers: { 'Content-Type': 'application/json', Host: url.host, ...headers },
      body: JSON.stringify({ channel: 'app.status', input: {} }),
    });

  it('listens on loopback only and prints a URL with a long random token', () => {
    expect(url.hostname).toBe('127.0.0.1');
    expect(token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the renderer with a strict content security policy', async () => {
    const page = await send(url, { headers: { Host: url.host } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Ruggensteun</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('answers api calls carrying the token from its own origin', async () => {
    const answer = await invoke({ Origin: origin, 'X-Ruggensteun-Token': token });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { initialized: false } });
  });

  it('refuses api calls without the token, with a wrong token, or from another origin', async () => {
    expect((await invoke({ Origin: origin })).status).toBe(403);
    expect((await invoke({ Origin: origin, 'X-Ruggensteun-Token': `${token.slice(1)}x` })).status).toBe(403);
    expect((await invoke({ Origin: 'http://evil.example', 'X-Ruggensteun-Token': token })).status).toBe(403);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const answer = await send(url, { headers: { Host: `attacker.example:${url.port}` } });
    expect(answer.status).toBe(421);
  });

  it('does not serve files outside the renderer folder', async () => {
    const answer = await send(url, { path: '/..%2f..%2fetc%2fpasswd', headers: { Host: url.host } });
    expect(answer.status).toBe(404);
  });
});
