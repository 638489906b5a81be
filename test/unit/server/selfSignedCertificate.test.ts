import { execFileSync } from 'node:child_process';
import { X509Certificate, createPrivateKey, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSelfSignedCertificate, fingerprintOf } from '../../../src/main/server/selfSignedCertificate';
import { objectIdentifier, time, unsignedInteger } from '../../../src/main/server/der';

describe('the DER encoder', () => {
  it('encodes object identifiers with multi-byte arcs', () => {
    // ecdsa-with-SHA256, as printed in RFC 5758.
    expect(objectIdentifier('1.2.840.10045.4.3.2').toString('hex')).toBe('06082a8648ce3d040302');
  });

  it('keeps integers positive and minimal', () => {
    expect(unsignedInteger(Buffer.from([2])).toString('hex')).toBe('020102');
    expect(unsignedInteger(Buffer.from([0x80])).toString('hex')).toBe('02020080');
    expect(unsignedInteger(Buffer.from([0, 0, 5])).toString('hex')).toBe('020105');
  });

  it('writes UTCTime before 2050 and GeneralizedTime from 2050 on', () => {
    expect(time(new Date('2049-12-31T23:59:59Z')).toString('latin1')).toBe('\x17\x0d491231235959Z');
    expect(time(new Date('2050-01-01T00:00:00Z')).toString('latin1')).toBe('\x18\x0f20500101000000Z');
  });
});

describe('a practice server certificate', () => {
  const made = createSelfSignedCertificate({
    name: 'Ruggensteun praktijkserver',
    hosts: ['praktijkserver.local', '192.168.1.10', 'fd00::2'],
    now: new Date('2026-03-16T09:30:00Z'),
    days: 3650,
  });
  const certificate = new X509Certificate(made.certificate);

  it('is self-signed with its own P-256 key, for the names and addresses given, for ten years', () => {
    expect(certificate.verify(createPublicKey(createPrivateKey(made.key)))).toBe(true);
    expect(certificate.checkPrivateKey(createPrivateKey(made.key))).toBe(true);
    expect(certificate.subject).toBe('CN=Ruggensteun praktijkserver');
    expect(certificate.issuer).toBe(certificate.subject);
    expect(certificate.subjectAltName).toBe('DNS:praktijkserver.local, IP Address:192.168.1.10, IP Address:FD00:0:0:0:0:0:0:2');
    expect(certificate.checkHost('praktijkserver.local')).toBe('praktijkserver.local');
    expect(certificate.checkIP('192.168.1.10')).toBe('192.168.1.10');
    expect(new Date(certificate.validFrom).toISOString()).toBe('2026-03-16T09:30:00.000Z');
    expect(new Date(certificate.validTo).toISOString()).toBe('2036-03-13T09:30:00.000Z');
    expect(certificate.ca).toBe(false);
    expect(certificate.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);
  });

  it('has the fingerprint clients pin: SHA-256 of its DER', () => {
    expect(made.fingerprint).toBe(certificate.fingerprint256);
    expect(fingerprintOf(certificate.raw)).toBe(certificate.fingerprint256);
  });

  it('is read by OpenSSL as a v3 certificate signed with ecdsa-with-SHA256', () => {
    const text = execFileSync('openssl', ['x509', '-noout', '-text'], { input: made.certificate }).toString();
    expect(text).toContain('Version: 3 (0x2)');
    expect(text).toContain('Signature Algorithm: ecdsa-with-SHA256');
    expect(text).toContain('CA:FALSE');
    expect(text).toContain('TLS Web Server Authentication');
  });
});

describe('the pin on the TLS socket', () => {
  it('accepts the pinned certificate only, whatever the host name', async () => {
    const { pinnedIdentity } = await import('../../../src/main/client/practiceServerClient');
    const pinned = createSelfSignedCertificate({ name: 'a', hosts: [], now: new Date(), days: 1 });
    const other = createSelfSignedCertificate({ name: 'a', hosts: [], now: new Date(), days: 1 });
    const check = pinnedIdentity(pinned.fingerprint);
    const peer = (fingerprint: string) => ({ fingerprint256: fingerprint }) as Parameters<typeof check>[1];
    expect(check('praktijkserver.local', peer(pinned.fingerprint))).toBeUndefined();
    expect(check('praktijkserver.local', peer(other.fingerprint))).toBeInstanceOf(Error);
  });
});
