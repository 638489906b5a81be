import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { practiceServerClient } from '../../../src/main/client/practiceServerClient';
import { createSelfSignedCertificate } from '../../../src/main/server/selfSignedCertificate';
import { LOG_FILE_NAME, rotatingLog } from '../../../src/main/services/log/rotatingLog';

/*
 * A workstation whose request to the practice server fails answers `serverUnreachable` and writes
 * the cause (channel, error code and message) to the data folder's log, never the request's input.
 */

const certificate = createSelfSignedCertificate({ name: 'Ruggensteun praktijkserver', hosts: ['127.0.0.1'], now: new Date(), days: 30 });
/** Medical content and a password in the request: neither may reach the log. */
const input = { findings: 'Lasègue links positief bij 40 graden', passphrase: 'geheim wachtwoord van de arts' };
const cleanups: Array<() => void | Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function dataFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'ruggensteun-client-log-'));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

function listening<S extends { listen(port: number, host: string, done: () => void): unknown; address(): unknown }>(server: S): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

async function failedRequest(url: string): Promise<{ answer: unknown; entries: string[] }> {
  const folder = dataFolder();
  const client = practiceServerClient({ url, certificate: certificate.certificate, workstationId: 'werkplek-een-0123456789', log: rotatingLog(folder) });
  cleanups.push(() => client.close());
  const answer = await client.invoke('auth.signIn', input);
  // One entry per timestamp; an error's stack continues on the lines after it.
  const entries = readFileSync(join(folder, 'logs', LOG_FILE_NAME), 'utf8').trimEnd().split(/\n(?=\d{4}-\d\d-\d\dT)/);
  return { answer, entries };
}

function expectNoInput(entries: string[]): void {
  const text = entries.join('\n');
  expect(text).not.toContain('Lasègue');
  expect(text).not.toContain(input.passphrase);
  expect(text).not.toContain('findings');
}

describe('a failed request to the practice server', () => {
  it('logs why the server could not be reached: nothing listens', async () => {
    const closed = createTcpServer();
    const port = await listening(closed);
    await new Promise((resolve) => closed.close(resolve));
    const { answer, entries } = await failedRequest(`https://127.0.0.1:${port}`);
    expect(answer).toEqual({ ok: false, error: { code: 'serverUnreachable' } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatch(/ ERROR practice server request failed \(channel auth\.signIn, ECONNREFUSED\), answered serverUnreachable: .*ECONNREFUSED/);
    expectNoInput(entries);
  });

  it('logs the cause when the server drops the connection after the request was sent, without the request', async () => {
    const received: string[] = [];
    const server = createHttpsServer({ key: certificate.key, cert: certificate.certificate }, (request) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push(Buffer.concat(chunks).toString('utf8'));
        request.socket.destroy();
      });
    });
    const port = await listening(server);
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const { answer, entries } = await failedRequest(`https://127.0.0.1:${port}`);
    expect(answer).toEqual({ ok: false, error: { code: 'serverUnreachable' } });
    // The input did go out, and is still not in the log.
    expect(received[0]).toContain(input.passphrase);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatch(/ ERROR practice server request failed \(channel auth\.signIn, ECONNRESET\), answered serverUnreachable: Error: socket hang up/);
    expectNoInput(entries);
  });
});
