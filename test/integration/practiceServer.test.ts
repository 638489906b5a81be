import { X509Certificate } from 'node:crypto';
import { readFileSync, statSync, unlinkSync } from 'node:fs';
import { request } from 'node:https';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { practiceServerClient } from '../../src/main/client/practiceServerClient';
import { readPracticeServerFile, writePracticeServerFile } from '../../src/main/client/practiceServerFile';
import { SESSION_HOURS } from '../../src/main/services/auth/session';
import type { Clock } from '../../src/main/services/store/clock';
import { parseListen, serverOptions } from '../../src/main/server/serverOptions';
import { sessionHeader, workstationHeader } from '../../src/main/server/protocol';
import { doctorAccount, temporaryDirectory, valueOf } from '../support/practiceFixture';
import { usePostgresCluster } from '../support/postgresCluster';
import { callsOf, copiedPracticeFolder, newWorkstation, serveAgain, serverAccounts, startServer, trustedWorkstation } from '../support/practiceServerFixture';

/* The practice server on PostgreSQL: its certificate, the address it listens on, sessions per workstation, and pinning. */

const cluster = usePostgresCluster();

function movableClock(start = '2026-03-16T09:30:00.000Z') {
  let at = Date.parse(start);
  const clock: Clock = { now: () => new Date(at).toISOString(), today: () => new Date(at).toISOString().slice(0, 10) };
  return { clock, advance: (seconds: number) => (at += seconds * 1000) };
}

const running: Array<{ close(): unknown }> = [];
afterEach(async () => {
  for (const item of running.splice(0).reverse()) await item.close();
});

async function server(options: { clock?: Clock } = {}) {
  const folder = await copiedPracticeFolder();
  const started = await startServer(cluster(), folder, options);
  running.push(started);
  return { ...started, recoveryKey: folder.recoveryKey };
}

async function workstation(url: string) {
  const made = await trustedWorkstation(url);
  running.push(made);
  return { ...made, ...callsOf(made) };
}

/** One raw request to the server, as a workstation (or anything else on the network) could send it. */
function rawInvoke(
  url: string,
  certificate: string,
  options: { headers?: Record<string, string>; body?: unknown; localAddress?: string },
): Promise<{ status: number; session: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      new URL('/api/invoke', url),
      {
        method: 'POST',
        ca: certificate,
        checkServerIdentity: () => undefined,
        ...(options.localAddress ? { localAddress: options.localAddress } : {}),
        headers: { 'Content-Type': 'application/json', ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, session: response.headers[sessionHeader] as string | undefined, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(JSON.stringify(options.body ?? {}));
  });
}

function refused(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

describe('the practice server at start', () => {
  it('makes its certificate at first setup, keeps the key to itself, and shows the same fingerprint at the next start', async () => {
    const first = await server();
    const { certificate } = first;
    expect(certificate.created).toBe(true);
    const onDisk = new X509Certificate(readFileSync(certificate.files.certificate));
    expect(onDisk.fingerprint256).toBe(certificate.fingerprint);
    expect(certificate.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(onDisk.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(onDisk.checkHost('localhost')).toBe('localhost');
    expect(statSync(certificate.files.key).mode & 0o777).toBe(0o600);
    expect(statSync(certificate.files.folder).mode & 0o777).toBe(0o700);
    await first.close();
    running.splice(0);

    const again = await serveAgain(first);
    running.push(again);
    expect(again.certificate.created).toBe(false);
    expect(again.certificate.fingerprint).toBe(certificate.fingerprint);
  });

  it('listens only on the interface it is told to', async () => {
    const { server: started } = await server();
    expect(started.address.address).toBe('127.0.0.1');
    expect(await refused('127.0.0.1', started.address.port)).toBe(false);
    // The same port on the machine's other addresses: nothing there.
    expect(await refused('::1', started.address.port)).toBe(true);
    expect(await refused('127.0.0.2', started.address.port)).toBe(true);
  });

  it('is loopback-only unless told otherwise, and reads its address from --listen', () => {
    expect(serverOptions([], { RUGGENSTEUN_DATA_DIR: '/srv/praktijk' })).toMatchObject({ directory: '/srv/praktijk', database: {}, host: '127.0.0.1', port: 8443 });
    expect(serverOptions(['--listen', '192.168.1.10:9443', '--host-name', 'praktijkserver.local'], {})).toMatchObject({
      host: '192.168.1.10',
      port: 9443,
      hosts: expect.arrayContaining(['praktijkserver.local', '192.168.1.10']) as unknown,
    });
    expect(parseListen('[::1]:8443')).toEqual({ host: '::1', port: 8443 });
    expect(() => parseListen('8443')).toThrow(/address and a port/);
    // Neither the recovery key nor a database password is ever an option: it would show in `ps`.
    expect(() => serverOptions(['--recovery-key', 'ABCD'], {})).toThrow(/Unknown option --recovery-key/);
    expect(() => serverOptions(['--password', 'geheim'], {})).toThrow(/Unknown option --password/);
  });

  it('refuses a database without a practice, saying how to move one in, and leaves it as it was', async () => {
    const database = await cluster().createDatabase();
    await expect(serveAgain({ directory: temporaryDirectory(), database })).rejects.toThrow(/holds no practice yet.*npm run server:import/);
    const { openPostgresDatabase } = await import('../../src/main/services/store/postgresDatabase');
    const sql = openPostgresDatabase({ connection: database });
    try {
      // Not a table made in it: a server pointed at the wrong database leaves it as it was.
      expect(await sql.get("SELECT COUNT(*) AS count FROM pg_tables WHERE schemaname = 'public'")).toEqual({ count: 0 });
    } finally {
      await sql.close();
    }
  });

  it('reads the recovery key for an import as the first line of standard input when that is not a terminal', async () => {
    const { PassThrough } = await import('node:stream');
    const { recoveryKeyAtStart } = await import('../../src/main/server/recoveryKeyAtStart');
    const input = new PassThrough();
    const read = recoveryKeyAtStart(null, input as unknown as NodeJS.ReadStream);
    input.write('  ABCD-EFGH  \nnot this line\n');
    await expect(read).resolves.toBe('ABCD-EFGH');
  });

  it('reads the recovery key for an import from a file only its owner can read', async () => {
    const keyFile = `${temporaryDirectory()}/recovery-key`;
    const { writeFileSync, chmodSync } = await import('node:fs');
    writeFileSync(keyFile, 'ABCD-EFGH\n', { mode: 0o644 });
    const { recoveryKeyAtStart } = await import('../../src/main/server/recoveryKeyAtStart');
    await expect(recoveryKeyAtStart(keyFile)).rejects.toThrow(/chmod 600/);
    chmodSync(keyFile, 0o600);
    await expect(recoveryKeyAtStart(keyFile)).resolves.toBe('ABCD-EFGH');
  });
});

describe('sessions per workstation', () => {
  it('keeps one session per workstation: each sees its own user and role, signing out on one leaves the other', async () => {
    const started = await server();
    const doctorDesk = await workstation(started.server.url);
    const advisorDesk = await workstation(started.server.url);
    valueOf(await doctorDesk.call('auth.signIn', serverAccounts.doctor));
    valueOf(await advisorDesk.call('auth.signIn', serverAccounts.preventionAdvisor));
    expect(started.server.sessions.size()).toBe(2);

    expect(valueOf(await doctorDesk.call('app.status', {})).user?.role).toBe('doctor');
    expect(valueOf(await advisorDesk.call('app.status', {})).user?.role).toBe('preventionAdvisor');
    expect(valueOf(await doctorDesk.call('workers.search', { query: '' }))).toEqual([]);
    // Permissions are the server's: the advisor's workstation cannot reach a dossier channel.
    expect(await advisorDesk.call('workers.search', { query: '' })).toEqual({ ok: false, error: { code: 'forbidden' } });

    valueOf(await doctorDesk.call('auth.signOut', {}));
    expect(valueOf(await doctorDesk.call('app.status', {})).user).toBeNull();
    expect(valueOf(await advisorDesk.call('app.status', {})).user?.role).toBe('preventionAdvisor');
    expect(started.server.sessions.size()).toBe(1);
    // The server holds the key while it runs: the last sign-out leaves the file open.
    valueOf(await advisorDesk.call('auth.signOut', {}));
    expect(started.practice.vault.state()).toBe('open');
  });

  it('binds the token to its workstation: shown by another one it is refused and the session ends', async () => {
    const started = await server();
    const { certificate } = started.certificate;
    const signIn = await rawInvoke(started.server.url, certificate, {
      headers: { [workstationHeader]: 'werkplek-een-0123456789' },
      body: { channel: 'auth.signIn', input: serverAccounts.doctor },
    });
    expect(JSON.parse(signIn.body)).toMatchObject({ ok: true });
    const token = signIn.session ?? '';
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);

    const own = await rawInvoke(started.server.url, certificate, {
      headers: { [workstationHeader]: 'werkplek-een-0123456789', Authorization: `Bearer ${token}` },
      body: { channel: 'app.status', input: {} },
    });
    expect(JSON.parse(own.body).value.user.name).toBe(doctorAccount.name);
    expect(own.session).toBe(token);

    const stolen = await rawInvoke(started.server.url, certificate, {
      headers: { [workstationHeader]: 'werkplek-twee-0123456789', Authorization: `Bearer ${token}` },
      body: { channel: 'workers.search', input: { query: '' } },
    });
    expect(JSON.parse(stolen.body)).toEqual({ ok: false, error: { code: 'unauthenticated' } });
    expect(stolen.session).toBe('');

    const after = await rawInvoke(started.server.url, certificate, {
      headers: { [workstationHeader]: 'werkplek-een-0123456789', Authorization: `Bearer ${token}` },
      body: { channel: 'workers.search', input: { query: '' } },
    });
    expect(JSON.parse(after.body)).toEqual({ ok: false, error: { code: 'unauthenticated' } });
    const refusals = await started.practice.store.sql.all(`SELECT channel, outcome, user_name AS "userName" FROM access_log WHERE action = 'request' ORDER BY id`);
    expect(refusals).toEqual([{ channel: 'workers.search', outcome: 'denied', userName: null }]);
  });

  it('leaves backups to the database administrator: every backup channel says so, and nothing is restored', async () => {
    const started = await server();
    const doctorDesk = await workstation(started.server.url);
    valueOf(await doctorDesk.call('auth.signIn', serverAccounts.doctor));
    const refused = { ok: false, error: { code: 'backupsOnServer' } };
    expect(await doctorDesk.call('backups.status', {})).toEqual(refused);
    expect(await doctorDesk.call('backups.setFolder', { folder: temporaryDirectory() })).toEqual(refused);
    expect(await doctorDesk.call('backups.runNow', {})).toEqual(refused);
    expect(await doctorDesk.call('backups.restore', { file: '/tmp/kopie.rgsbak', recoveryKey: started.recoveryKey })).toEqual(refused);
    expect(valueOf(await doctorDesk.call('app.status', {})).user?.role).toBe('doctor');
  });

  it('turns away browsers and requests without a workstation id', async () => {
    const started = await server();
    const { certificate } = started.certificate;
    const body = { channel: 'app.status', input: {} };
    expect((await rawInvoke(started.server.url, certificate, { body })).status).toBe(400);
    const fromPage = await rawInvoke(started.server.url, certificate, {
      headers: { [workstationHeader]: 'werkplek-een-0123456789', Origin: 'https://elders.example' },
      body,
    });
    expect(fromPage.status).toBe(403);
  });

  it('ends a session after SESSION_HOURS and locks an idle one, as on a single workstation', async () => {
    const time = movableClock();
    const started = await server({ clock: time.clock });
    const desk = await workstation(started.server.url);
    const other = await workstation(started.server.url);
    valueOf(await desk.call('auth.signIn', serverAccounts.doctor));
    valueOf(await other.call('auth.signIn', serverAccounts.nurse));

    time.advance(11 * 60);
    expect(await desk.call('workers.search', { query: '' })).toEqual({ ok: false, error: { code: 'locked' } });
    valueOf(await desk.call('auth.unlock', { passphrase: serverAccounts.doctor.passphrase }));
    valueOf(await desk.call('workers.search', { query: '' }));

    time.advance(SESSION_HOURS * 3600);
    expect(await desk.call('workers.search', { query: '' })).toEqual({ ok: false, error: { code: 'unauthenticated' } });
    expect(valueOf(await desk.call('app.status', {})).user).toBeNull();
    // The other workstation's session is just as old: dropped too.
    expect(started.server.sessions.size()).toBe(0);
    expect(await other.call('workers.search', { query: '' })).toEqual({ ok: false, error: { code: 'unauthenticated' } });
    const actions = await started.practice.store.sql.all(`SELECT action FROM access_log WHERE action IN ('lock', 'sessionExpired') ORDER BY id`);
    expect(actions).toEqual([{ action: 'lock' }, { action: 'sessionExpired' }]);
  });

  it('throttles sign-in per account and per workstation address, and logs the refusals', async () => {
    const time = movableClock();
    const started = await server({ clock: time.clock });
    const { certificate } = started.certificate;
    const from = (localAddress: string, workstationId: string, input: unknown) =>
      rawInvoke(started.server.url, certificate, {
        localAddress,
        headers: { [workstationHeader]: workstationId },
        body: { channel: 'auth.signIn', input },
      }).then((answer) => JSON.parse(answer.body) as { ok: boolean; error?: { code: string } });

    // Three wrong guesses at three names from 127.0.0.2: that address waits; 127.0.0.1 does not.
    for (const name of ['Iemand', 'Niemand', 'Anderen']) {
      expect(await from('127.0.0.2', 'werkplek-raden-0123456789', { name, passphrase: 'geraden wachtwoord' })).toMatchObject({ ok: false, error: { code: 'invalidCredentials' } });
    }
    expect(await from('127.0.0.2', 'werkplek-raden-0123456789', serverAccounts.nurse)).toMatchObject({ ok: false, error: { code: 'signInDelayed' } });
    expect(await from('127.0.0.1', 'werkplek-een-0123456789', serverAccounts.nurse)).toMatchObject({ ok: true });

    // Three wrong passphrases for the doctor from three addresses: the account waits, wherever from.
    for (const address of ['127.0.0.3', '127.0.0.4', '127.0.0.5']) {
      await from(address, 'werkplek-drie-0123456789', { name: doctorAccount.name, passphrase: 'niet het wachtwoord' });
    }
    expect(await from('127.0.0.6', 'werkplek-vier-0123456789', serverAccounts.doctor)).toMatchObject({ ok: false, error: { code: 'signInDelayed' } });

    const subjects = await started.practice.store.sql.all(`SELECT subject, failures FROM sign_in_failures ORDER BY subject`);
    expect(subjects).toEqual(
      expect.arrayContaining([
        { subject: 'workstation:127.0.0.2', failures: 3 },
        { subject: 'workstation:127.0.0.3', failures: 1 },
        { subject: expect.stringMatching(/^account:/) as unknown, failures: 3 },
      ]),
    );
    expect(subjects).not.toContainEqual(expect.objectContaining({ subject: 'machine' }));
    const logged = await started.practice.store.sql.all(
      `SELECT action, SUM(count) AS count FROM access_log WHERE action IN ('signInFailed', 'signInThrottled') GROUP BY action ORDER BY action`,
    );
    expect(logged).toEqual([
      { action: 'signInFailed', count: 6 },
      { action: 'signInThrottled', count: 2 },
    ]);
  });
});

describe('the recovery key and the keychain on a practice server', () => {
  it('lets a doctor who forgot their password set a new one with the recovery key the practice had on its workstation', async () => {
    const started = await server();
    const desk = await workstation(started.server.url);
    const wrong = 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH';
    const forgotten = { name: doctorAccount.name, passphrase: 'een nieuw lang wachtwoord' };
    expect(await desk.call('auth.recover', { recoveryKey: wrong, ...forgotten })).toEqual({ ok: false, error: { code: 'invalidRecoveryKey' } });
    expect(valueOf(await desk.call('auth.recover', { recoveryKey: started.recoveryKey, ...forgotten })).name).toBe(doctorAccount.name);
    valueOf(await desk.call('auth.signOut', {}));
    expect(await desk.call('auth.signIn', serverAccounts.doctor)).toMatchObject({ ok: false, error: { code: 'invalidCredentials' } });
    valueOf(await desk.call('auth.signIn', forgotten));
  });

  it('replaces the recovery key: shown once to the doctor who asked, and the old one stops working', async () => {
    const started = await server();
    const desk = await workstation(started.server.url);
    valueOf(await desk.call('auth.signIn', serverAccounts.doctor));
    valueOf(await desk.call('keys.newRecoveryKey', {}));
    const shown = valueOf(await desk.call('app.status', {})).recoveryKey;
    expect(shown).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4})+$/);
    const again = { name: serverAccounts.nurse.name, passphrase: 'weer een lang wachtwoord' };
    expect(await desk.call('auth.recover', { recoveryKey: started.recoveryKey, ...again })).toEqual({ ok: false, error: { code: 'invalidRecoveryKey' } });
    valueOf(await desk.call('auth.recover', { recoveryKey: shown ?? '', ...again }));
  });

  it('has no keychain to offer, and keeps the sign-in screen\'s practice name up to date', async () => {
    const started = await server();
    const desk = await workstation(started.server.url);
    valueOf(await desk.call('auth.signIn', serverAccounts.doctor));
    expect(valueOf(await desk.call('keys.keychain', {}))).toBe('unavailable');
    expect(await desk.call('keys.setKeychain', { enabled: true })).toEqual({ ok: false, error: { code: 'keychainUnavailable' } });
    const { logo: _logo, ...settings } = valueOf(await desk.call('practice.settings', {}));
    valueOf(await desk.call('practice.updateSettings', { ...settings, name: 'Arbodienst Oost' }));
    valueOf(await desk.call('auth.signOut', {}));
    expect(valueOf(await desk.call('app.status', {})).practice?.name).toBe('Arbodienst Oost');
  });
});

describe('pinning the server certificate on a workstation', () => {
  it('shows the fingerprint at the first connection and sends nothing to the server before it is confirmed', async () => {
    const started = await server();
    const desk = newWorkstation(started.server.url);
    running.push(desk);
    const { call } = callsOf(desk);
    const first = valueOf(await call('workstation.server', {}));
    expect(first).toEqual({ mode: 'client', url: started.server.url, state: 'unpinned', presented: started.certificate.fingerprint, pinned: null });
    expect(await call('app.status', {})).toEqual({ ok: false, error: { code: 'forbidden' } });

    const other = '00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF';
    expect(await call('workstation.trustServer', { fingerprint: other })).toEqual({ ok: false, error: { code: 'serverCertificateChanged' } });
    const trusted = valueOf(await call('workstation.trustServer', { fingerprint: started.certificate.fingerprint }));
    expect(trusted).toMatchObject({ state: 'trusted', pinned: started.certificate.fingerprint });
    expect(valueOf(await call('app.status', {})).practice?.name).toBe('Praktijk met server');
  });

  it('refuses a server that shows another certificate, and the pin is not replaced from the screen', async () => {
    const started = await server();
    const desk = await workstation(started.server.url);
    valueOf(await desk.call('auth.signIn', serverAccounts.doctor));
    const { port } = started.server.address;

    // The same address, another certificate (a new one made in the server's folder, or someone else's server).
    await started.close();
    running.splice(0);
    unlinkSync(started.certificate.files.certificate);
    const impostor = await serveAgain(started, { listen: { port } });
    running.push(impostor, desk);
    expect(impostor.certificate.fingerprint).not.toBe(started.certificate.fingerprint);

    expect(await desk.call('app.status', {})).toEqual({ ok: false, error: { code: 'serverCertificateChanged' } });
    expect(valueOf(await desk.call('workstation.server', {}))).toEqual({
      mode: 'client',
      url: started.server.url,
      state: 'changed',
      presented: impostor.certificate.fingerprint,
      pinned: started.certificate.fingerprint,
    });
    expect(valueOf(await desk.call('workstation.trustServer', { fingerprint: impostor.certificate.fingerprint }))).toMatchObject({ state: 'changed' });
    expect(await desk.call('app.status', {})).toEqual({ ok: false, error: { code: 'serverCertificateChanged' } });
  });

  it('checks the pin on the TLS socket before any request is sent', async () => {
    const started = await server();
    const other = await server();
    // A client pinned to the first server's certificate, pointed at the second server.
    const silentLog = { error: () => undefined, info: () => undefined };
    const client = practiceServerClient({ url: other.server.url, certificate: started.certificate.certificate, workstationId: 'werkplek-een-0123456789', log: silentLog });
    running.push(client);
    expect(await client.invoke('auth.signIn', serverAccounts.doctor)).toEqual({ ok: false, error: { code: 'serverCertificateChanged' } });
    expect(other.server.sessions.size()).toBe(0);
    const attempts = await other.practice.store.sql.get(`SELECT COUNT(*) AS count FROM access_log WHERE channel = 'auth.signIn'`);
    expect(attempts).toEqual({ count: 0 });
  });

  it('says so when the server cannot be reached', async () => {
    const started = await server();
    const desk = await workstation(started.server.url);
    await started.close();
    running.splice(running.indexOf(started), 1);
    expect(await desk.call('app.status', {})).toEqual({ ok: false, error: { code: 'serverUnreachable' } });
    expect(valueOf(await desk.call('workstation.server', {}))).toMatchObject({ state: 'unreachable', presented: null });
  });

  it('keeps the workstation id and pin in a file of its own data folder, and a new address starts unpinned', async () => {
    const started = await server();
    const directory = temporaryDirectory();
    const { workstationApi } = await import('../../src/main/client/workstationApi');
    const openLocal = () => {
      throw new Error('no local practice');
    };
    const desk = workstationApi({ directory, serverUrl: started.server.url, openLocal });
    valueOf(await desk.invoke('workstation.trustServer', { fingerprint: started.certificate.fingerprint }));
    desk.close();
    const file = readPracticeServerFile(directory);
    expect(file?.certificate && new X509Certificate(file.certificate).fingerprint256).toBe(started.certificate.fingerprint);
    expect(statSync(`${directory}/practice-server.json`).mode & 0o777).toBe(0o600);

    // Started again without the variable: still the same server, trusted.
    const again = workstationApi({ directory, openLocal });
    running.push(again);
    expect(valueOf(await again.invoke('workstation.server', {}))).toMatchObject({ state: 'trusted' });
    writePracticeServerFile(directory, { ...file!, url: 'https://127.0.0.1:1' });
    const moved = workstationApi({ directory, serverUrl: started.server.url, openLocal });
    running.push(moved);
    expect(valueOf(await moved.invoke('workstation.server', {}))).toMatchObject({ state: 'unpinned', pinned: null });
  });
});

describe('choosing a practice server at first start', () => {
  it('is possible only while the workstation holds no practice of its own', async () => {
    const started = await server();
    const { openPractice } = await import('../../src/main/openPractice');
    const { workstationApi } = await import('../../src/main/client/workstationApi');
    const fresh = temporaryDirectory();
    const desk = workstationApi({ directory: fresh, openLocal: () => openPractice(fresh) });
    running.push(desk);
    expect(valueOf(await desk.invoke('workstation.server', {}))).toEqual({ mode: 'local' });
    expect(await desk.invoke('workstation.useServer', { url: 'http://praktijkserver.local' })).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: ['url'], code: 'serverUrl' }] },
    });
    expect(valueOf(await desk.invoke('workstation.useServer', { url: started.server.url.replace('https://', '') }))).toMatchObject({
      mode: 'client',
      state: 'unpinned',
    });

    const existing = await copiedPracticeFolder();
    const local = workstationApi({ directory: existing.directory, openLocal: () => openPractice(existing.directory) });
    running.push(local);
    expect(await local.invoke('workstation.useServer', { url: started.server.url })).toEqual({ ok: false, error: { code: 'alreadyInitialized' } });
    expect(readPracticeServerFile(existing.directory)).toBeNull();
  });
});
