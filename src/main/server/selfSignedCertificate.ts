import { createHash, generateKeyPairSync, randomBytes, sign, X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import {
  bitString,
  boolean,
  explicit,
  implicitPrimitive,
  objectIdentifier,
  octetString,
  sequence,
  set,
  time,
  unsignedInteger,
  utf8String,
} from './der';

export interface ServerCertificate {
  /** PEM of the private key (PKCS#8). */
  key: string;
  /** PEM of the certificate. */
  certificate: string;
  /** SHA-256 of the certificate's DER, as colon-separated hex pairs (what clients pin). */
  fingerprint: string;
}

const ecdsaWithSha256 = sequence(objectIdentifier('1.2.840.10045.4.3.2'));
const commonName = '2.5.4.3';
const basicConstraints = '2.5.29.19';
const subjectAltName = '2.5.29.17';
const extendedKeyUsage = '2.5.29.37';
const serverAuth = '1.3.6.1.5.5.7.3.1';

/** The SHA-256 fingerprint of a certificate in DER, in the form of Node's `fingerprint256`. */
export function fingerprintOf(der: Buffer): string {
  return createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g)?.join(':') ?? '';
}

function ipBytes(address: string): Buffer {
  if (isIP(address) === 4) return Buffer.from(address.split('.').map(Number));
  // IPv6: expand '::' and write the eight groups.
  const [head = '', tail = ''] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = address.includes('::') && tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups]
    : headGroups;
  return Buffer.concat(groups.map((group) => Buffer.from(group.padStart(4, '0'), 'hex')));
}

/** SubjectAltName: a dNSName for each host name, an iPAddress for each address. */
function alternativeNames(hosts: readonly string[]): Buffer {
  return sequence(...hosts.map((host) => (isIP(host) ? implicitPrimitive(7, ipBytes(host)) : implicitPrimitive(2, Buffer.from(host, 'ascii')))));
}

/**
 * A new ECDSA P-256 key and a self-signed X.509 v3 certificate for a practice server, valid from
 * `now` for `days` days, naming `hosts` (host names and IP addresses the workstations use). Built
 * with node:crypto and the DER encoder beside it: no certificate library is needed for this one
 * fixed shape, and Node's X509Certificate reads it back in the tests.
 */
export function createSelfSignedCertificate(options: { name: string; hosts: readonly string[]; now: Date; days: number }): ServerCertificate {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const subject = sequence(set(sequence(objectIdentifier(commonName), utf8String(options.name))));
  const notAfter = new Date(options.now.getTime() + options.days * 86_400_000);
  const serial = randomBytes(16);
  serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x40; // positive, 16 bytes
  const extensions = [
    sequence(objectIdentifier(basicConstraints), boolean(true), octetString(sequence())),
    sequence(objectIdentifier(extendedKeyUsage), octetString(sequence(objectIdentifier(serverAuth)))),
    ...(options.hosts.length > 0 ? [sequence(objectIdentifier(subjectAltName), octetString(alternativeNames(options.hosts)))] : []),
  ];
  const toBeSigned = sequence(
    explicit(0, unsignedInteger(Buffer.from([2]))),
    unsignedInteger(serial),
    ecdsaWithSha256,
    subject,
    sequence(time(options.now), time(notAfter)),
    subject,
    publicKey.export({ type: 'spki', format: 'der' }),
    explicit(3, sequence(...extensions)),
  );
  const signature = sign('sha256', toBeSigned, privateKey);
  const der = sequence(toBeSigned, ecdsaWithSha256, bitString(signature));
  const certificate = new X509Certificate(der);
  if (!certificate.verify(publicKey)) throw new Error('The new certificate does not verify with its own key');
  return {
    key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    certificate: certificate.toString(),
    fingerprint: certificate.fingerprint256,
  };
}
