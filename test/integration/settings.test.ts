import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyFileName, readKeyFile } from '../../src/main/services/keys/keyFile';
import { MAX_LOGO_BYTES, type PracticeSettingsUpdate, type User } from '../../src/shared/model';
import { doctorAccount, fixedClock, openTestPractice, practiceWithDoctor, valueOf } from '../support/practiceFixture';
import { solidJpeg } from '../support/jpegImage';
import { paddedPng, pngDeclaring, signatureAndGarbage, solidPng } from '../support/pngImage';

/*
 * practice.settings / practice.updateSettings through the handler map on a real SQLite file:
 * the practice's details, thresholds and letterhead (address, phone, email, logo).
 */

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const letterhead = {
  name: 'Arbodienst Rugzorg',
  jurisdiction: 'BE',
  language: 'fr',
  smallCellK: 7,
  idleLockMinutes: 5,
  orebroCutOff: 55,
  address: 'Voorbeeldlaan 4\n2000 Antwerpen',
  phone: '03 123 45 67',
  email: 'secretariaat@rugzorg.example',
} satisfies Omit<PracticeSettingsUpdate, 'rowVersion'>;

type Handlers = Awaited<ReturnType<typeof practiceWithDoctor>>['handlers'];

/** Changes the settings as the settings screen does: from the version just read. */
async function saveSettings(handlers: Handlers, change: Omit<PracticeSettingsUpdate, 'rowVersion'>) {
  const { rowVersion } = valueOf(await handlers.call('practice.settings', {}));
  return handlers.call('practice.updateSettings', { ...change, rowVersion });
}

/** A file that starts like a PNG and is `size` bytes long. */
function pngSized(size: number): Buffer {
  const file = Buffer.alloc(size);
  file.set(PNG_SIGNATURE, 0);
  return file;
}

describe('the practice settings', () => {
  it('start without letterhead and with the default thresholds', async () => {
    const { handlers } = await practiceWithDoctor();
    expect(valueOf(await handlers.call('practice.settings', {}))).toEqual({
      name: 'Testpraktijk',
      jurisdiction: 'NL',
      language: 'nl',
      smallCellK: 5,
      idleLockMinutes: 10,
      orebroCutOff: 50,
      address: null,
      phone: null,
      email: null,
      logo: null,
      rowVersion: 1,
    });
  });

  it('saves the details, thresholds and letterhead, and the status follows', async () => {
    const { handlers } = await practiceWithDoctor();
    const logo = solidPng(40, 20, [31, 111, 107]);

    const saved = valueOf(await saveSettings(handlers, { ...letterhead, logo: logo.toString('base64') }));

    expect(saved).toEqual({ ...letterhead, logo: logo.toString('base64'), rowVersion: 2 });
    expect(valueOf(await handlers.call('practice.settings', {}))).toEqual(saved);
    expect(valueOf(await handlers.call('app.status', {})).practice).toEqual({ name: 'Arbodienst Rugzorg', language: 'fr', jurisdiction: 'BE' });
  });

  it('keeps the logo when the change leaves it out, and removes it with null', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const logo = solidPng(8, 8, [0, 0, 0]);
    valueOf(await saveSettings(handlers, { ...letterhead, logo: logo.toString('base64') }));

    const renamed = valueOf(await saveSettings(handlers, { ...letterhead, name: 'Nieuwe naam' }));
    expect(renamed.name).toBe('Nieuwe naam');
    expect(renamed.logo).toBe(logo.toString('base64'));
    expect((await store.practice.logo())).toEqual(logo);

    const removed = valueOf(await saveSettings(handlers, { ...letterhead, logo: null }));
    expect(removed.logo).toBeNull();
    expect((await store.practice.logo())).toBeNull();
  });

  it('turns empty letterhead fields into nothing', async () => {
    const { handlers } = await practiceWithDoctor();
    valueOf(await saveSettings(handlers, letterhead));
    const cleared = valueOf(await saveSettings(handlers, { ...letterhead, address: '  ', phone: '', email: '' }));
    expect(cleared).toMatchObject({ address: null, phone: null, email: null });
  });

  it('accepts a JPEG and a logo of exactly 256 KB', async () => {
    const { handlers } = await practiceWithDoctor();
    const jpeg = solidJpeg(30, 20, [200, 30, 30]);
    expect(valueOf(await saveSettings(handlers, { ...letterhead, logo: jpeg.toString('base64') })).logo).toBe(
      jpeg.toString('base64'),
    );
    const largest = paddedPng(MAX_LOGO_BYTES).toString('base64');
    expect(valueOf(await saveSettings(handlers, { ...letterhead, logo: largest })).logo).toBe(largest);
  });

  it('refuses a file that is not a PNG or JPEG, and writes nothing', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const before = valueOf(await handlers.call('practice.settings', {}));
    const pdf = Buffer.from('%PDF-1.7\n% not an image\n').toString('base64');

    const result = await saveSettings(handlers, { ...letterhead, logo: pdf });

    expect(result).toEqual({ ok: false, error: { code: 'validation', issues: [{ path: ['logo'], code: 'logoType' }] } });
    expect(valueOf(await handlers.call('practice.settings', {}))).toEqual(before);
    expect((await store.practice.logo())).toBeNull();
    // Text that is not base64 at all is no image either.
    expect(await saveSettings(handlers, { ...letterhead, logo: 'not base64!' })).toEqual({
      ok: false,
      error: { code: 'validation', issues: [{ path: ['logo'], code: 'logoType' }] },
    });
  });

  it('refuses a logo larger than 256 KB, and writes nothing', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const before = valueOf(await handlers.call('practice.settings', {}));

    for (const size of [MAX_LOGO_BYTES + 1, 2 * MAX_LOGO_BYTES]) {
      const result = await saveSettings(handlers, { ...letterhead, logo: pngSized(size).toString('base64') });
      expect(result, `${size} bytes`).toEqual({ ok: false, error: { code: 'validation', issues: [{ path: ['logo'], code: 'logoTooLarge' }] } });
    }
    expect(valueOf(await handlers.call('practice.settings', {}))).toEqual(before);
    expect((await store.practice.logo())).toBeNull();
  });

  it('refuses a logo declaring more than 4,000 pixels a side from its header alone, and writes nothing', async () => {
    const { handlers, store } = await practiceWithDoctor();
    for (const [width, height] of [[100_000, 100_000], [4001, 10], [10, 4001]] as const) {
      const crafted = pngDeclaring(width, height);
      const result = await saveSettings(handlers, { ...letterhead, logo: crafted.toString('base64') });
      expect(result, `${width} x ${height}`).toEqual({ ok: false, error: { code: 'validation', issues: [{ path: ['logo'], code: 'logoDimensions' }] } });
    }
    expect((await store.practice.logo())).toBeNull();
    // 4,000 a side is allowed: refused here only because the crafted data does not decode.
    const edge = await saveSettings(handlers, { ...letterhead, logo: pngDeclaring(4000, 4000).toString('base64') });
    expect(edge).toEqual({ ok: false, error: { code: 'validation', issues: [{ path: ['logo'], code: 'logoUnreadable' }] } });
  });

  it('refuses a PNG or JPEG signature followed by garbage, a truncated image, and writes nothing', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const png = solidPng(16, 16, [1, 2, 3]);
    const jpeg = solidJpeg(16, 16, [1, 2, 3]);
    const broken = {
      'PNG signature and garbage': signatureAndGarbage('png'),
      'JPEG marker and garbage': signatureAndGarbage('jpeg'),
      'PNG cut off halfway': png.subarray(0, Math.floor(png.length / 2) + 8),
      // Valid PNG, but a 200 KB comment overflows the stack of pdfkit's PNG reader.
      'PNG with a 200 KB comment': paddedPng(200 * 1024, 'tEXt'),
      'JPEG with its scan data zeroed': Buffer.concat([jpeg.subarray(0, jpeg.length - 40), Buffer.alloc(38), jpeg.subarray(jpeg.length - 2)]),
    };
    for (const [what, file] of Object.entries(broken)) {
      const result = await saveSettings(handlers, { ...letterhead, logo: file.toString('base64') });
      expect(result, what).toEqual({ ok: false, error: { code: 'validation', issues: [{ path: ['logo'], code: 'logoUnreadable' }] } });
    }
    expect((await store.practice.logo())).toBeNull();
  });

  it('refuses thresholds out of range and a malformed email, and writes nothing', async () => {
    const { handlers } = await practiceWithDoctor();
    const before = valueOf(await handlers.call('practice.settings', {}));
    const refusals: Array<[Partial<Omit<PracticeSettingsUpdate, 'rowVersion'>>, string, string]> = [
      [{ smallCellK: 2 }, 'smallCellK', 'smallCellK'],
      [{ smallCellK: 51 }, 'smallCellK', 'smallCellK'],
      [{ orebroCutOff: 0 }, 'orebroCutOff', 'orebroCutOff'],
      [{ orebroCutOff: 101 }, 'orebroCutOff', 'orebroCutOff'],
      [{ email: 'secretariaat at rugzorg' }, 'email', 'email'],
    ];
    for (const [change, path, code] of refusals) {
      expect(await saveSettings(handlers, { ...letterhead, ...change }), JSON.stringify(change)).toEqual({
        ok: false,
        error: { code: 'validation', issues: [{ path: [path], code }] },
      });
    }
    expect(valueOf(await handlers.call('practice.settings', {}))).toEqual(before);
    // The limits themselves are allowed.
    expect(valueOf(await saveSettings(handlers, { ...letterhead, smallCellK: 3, orebroCutOff: 100 }))).toMatchObject({
      smallCellK: 3,
      orebroCutOff: 100,
    });
    expect(valueOf(await saveSettings(handlers, { ...letterhead, smallCellK: 50, orebroCutOff: 1 }))).toMatchObject({
      smallCellK: 50,
      orebroCutOff: 1,
    });
  });

  it('refuses a change made from an older version, writes nothing, and takes it from the current one', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const opened = valueOf(await handlers.call('practice.settings', {}));
    // Another workstation saves first.
    expect(valueOf(await handlers.call('practice.updateSettings', { ...letterhead, rowVersion: opened.rowVersion })).rowVersion).toBe(opened.rowVersion + 1);
    const before = valueOf(await handlers.call('practice.settings', {}));

    const logo = solidPng(8, 8, [0, 0, 0]).toString('base64');
    const stale = await handlers.call('practice.updateSettings', { ...letterhead, name: 'Mijn naam', logo, rowVersion: opened.rowVersion });

    expect(stale).toEqual({ ok: false, error: { code: 'changedMeanwhile' } });
    expect(valueOf(await handlers.call('practice.settings', {}))).toEqual(before);
    expect(await store.practice.logo()).toBeNull();
    const deliberate = valueOf(await handlers.call('practice.updateSettings', { ...letterhead, name: 'Mijn naam', rowVersion: before.rowVersion }));
    expect(deliberate).toMatchObject({ name: 'Mijn naam', rowVersion: before.rowVersion + 1 });
  });

  it('lets only the doctor change them; everyone signed in may read them', async () => {
    const practice = await practiceWithDoctor();
    for (const role of ['nurse', 'preventionAdvisor'] as const) {
      await practice.as(role);
      expect(await saveSettings(practice.handlers, letterhead)).toEqual({ ok: false, error: { code: 'forbidden' } });
      expect(await practice.handlers.call('accounts.create', { name: `Nieuw ${role}`, role: 'doctor', passphrase: 'een wachtzin van lengte' })).toEqual({
        ok: false,
        error: { code: 'forbidden' },
      });
      expect(valueOf(await practice.handlers.call('practice.settings', {})).name).toBe('Testpraktijk');
    }
  });
});

describe('the accounts', () => {
  it('adds accounts with their role and refuses a second account with the same name', async () => {
    const { handlers } = await practiceWithDoctor();
    const advisor = valueOf(await handlers.call('accounts.create', { name: 'Pim Preventie', role: 'preventionAdvisor', passphrase: 'tien tekens of meer' }));
    expect(advisor).toMatchObject({ name: 'Pim Preventie', role: 'preventionAdvisor' });
    expect(valueOf(await handlers.call('accounts.list', {})).map(({ name, role }) => ({ name, role }))).toEqual([
      { name: 'Dr. Test Arts', role: 'doctor' },
      { name: 'Pim Preventie', role: 'preventionAdvisor' },
    ]);
    expect(await handlers.call('accounts.create', { name: 'pim preventie', role: 'nurse', passphrase: 'tien tekens of meer' })).toEqual({
      ok: false,
      error: { code: 'duplicateAccount', name: 'pim preventie' },
    });
    expect(await handlers.call('accounts.create', { name: 'Kort', role: 'nurse', passphrase: 'negen tkn' })).toEqual({
      ok: false,
      error: { code: 'validation', issues: [{ path: ['passphrase'], code: 'passphraseTooShort' }] },
    });
  });

  it('removes another account: no sign-in, no key slot, its name free again, what it wrote still its own, in the access log', async () => {
    const practice = await practiceWithDoctor();
    const { handlers, store, directory } = practice;
    const nurse = valueOf(await handlers.call('accounts.create', { name: 'Nina Verpleeg', role: 'nurse', passphrase: 'wachtzin van nina' }));
    const doctor = practice.doctor as User;
    expect(await handlers.call('accounts.remove', { id: doctor.id })).toEqual({ ok: false, error: { code: 'ownAccount' } });
    expect(await handlers.call('accounts.remove', { id: 999 })).toEqual({ ok: false, error: { code: 'notFound' } });

    expect(valueOf(await handlers.call('accounts.remove', { id: nurse.id })).map((user) => user.name)).toEqual([doctorAccount.name]);
    // A workstation's file: the account's key slot is gone too (a practice server's key file has none).
    const slots = practice.practice.vault.engine === 'sqlite' ? [doctor.id] : [];
    expect(readKeyFile(join(directory, keyFileName))?.accounts.map((slot) => slot.userId)).toEqual(slots);
    expect(await store.sql.get('SELECT name, removed_by AS "removedBy" FROM users WHERE id = ?', [nurse.id])).toEqual({ name: 'Nina Verpleeg', removedBy: doctor.id });
    expect(await store.sql.all(`SELECT user_name AS "userName", outcome FROM access_log WHERE action = 'accountRemoved'`)).toEqual([
      { userName: doctorAccount.name, outcome: 'allowed' },
    ]);
    expect(await handlers.call('auth.signIn', { name: 'Nina Verpleeg', passphrase: 'wachtzin van nina' })).toEqual({
      ok: false,
      error: { code: 'invalidCredentials' },
    });
    // The name is free for a new account.
    await practice.asDoctor();
    valueOf(await handlers.call('accounts.create', { name: 'Nina Verpleeg', role: 'nurse', passphrase: 'een nieuwe zin voor nina' }));
    await practice.practice.close();

    // Closed and reopened: the removed account's old passphrase does not sign in (nor open the file) either.
    const reopened = await openTestPractice(directory, { clock: fixedClock() });
    expect(await reopened.handlers.call('auth.signIn', { name: 'Nina Verpleeg', passphrase: 'wachtzin van nina' })).toMatchObject({ ok: false });
    expect(reopened.vault.state()).toBe(reopened.vault.engine === 'sqlite' ? 'locked' : 'open');
    await reopened.close();
  });

  it('lets a nurse not remove accounts', async () => {
    const practice = await practiceWithDoctor();
    const doctor = practice.doctor as User;
    valueOf(await practice.handlers.call('accounts.create', { name: 'Nina Verpleeg', role: 'nurse', passphrase: 'wachtzin van nina' }));
    valueOf(await practice.handlers.call('auth.signIn', { name: 'Nina Verpleeg', passphrase: 'wachtzin van nina' }));
    expect(await practice.handlers.call('accounts.remove', { id: doctor.id })).toEqual({ ok: false, error: { code: 'forbidden' } });
    await practice.practice.close();
  });

  it('lets every user change their own password under the policy, with the current one checked', async () => {
    const practice = await practiceWithDoctor();
    const { handlers } = practice;
    valueOf(await handlers.call('accounts.create', { name: 'Pim Preventie', role: 'preventionAdvisor', passphrase: 'tien tekens of meer' }));
    valueOf(await handlers.call('auth.signIn', { name: 'Pim Preventie', passphrase: 'tien tekens of meer' }));
    expect(await handlers.call('accounts.changePassphrase', { current: 'tien tekens of meer', next: 'password12' })).toEqual({
      ok: false,
      error: { code: 'validation', issues: [{ path: ['next'], code: 'passphraseCommon' }] },
    });
    expect(await handlers.call('accounts.changePassphrase', { current: 'tien tekens of meer', next: 'Pim Preventie!' })).toEqual({
      ok: false,
      error: { code: 'validation', issues: [{ path: ['next'], code: 'passphraseIsName' }] },
    });
    expect(await handlers.call('accounts.changePassphrase', { current: 'niet het huidige', next: 'een heel nieuwe zin' })).toEqual({
      ok: false,
      error: { code: 'invalidCredentials' },
    });
    valueOf(await handlers.call('accounts.changePassphrase', { current: 'tien tekens of meer', next: 'een heel nieuwe zin' }));
    expect(await practice.store.sql.all(`SELECT action, outcome FROM access_log WHERE channel = 'accounts.changePassphrase' ORDER BY id`)).toEqual([
      { action: 'signInFailed', outcome: 'denied' },
      { action: 'passphraseChanged', outcome: 'allowed' },
    ]);
    valueOf(await handlers.call('auth.signOut', {}));
    expect((await handlers.call('auth.signIn', { name: 'Pim Preventie', passphrase: 'tien tekens of meer' })).ok).toBe(false);
    valueOf(await handlers.call('auth.signIn', { name: 'Pim Preventie', passphrase: 'een heel nieuwe zin' }));
    await practice.practice.close();
  });
});
