import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { privateFolder } from '../practiceFiles';
import { createSelfSignedCertificate, type ServerCertificate } from './selfSignedCertificate';

/** Ten years: workstations pin this certificate, so a new one means confirming again on each of them. */
const VALID_DAYS = 3650;

/** Where the server's key and certificate live: a folder `server` in the data folder, 0700. */
export function serverCertificateFiles(directory: string) {
  const folder = join(directory, 'server');
  return { folder, key: join(folder, 'server-key.pem'), certificate: join(folder, 'server-certificate.pem') };
}

/**
 * The practice server's key and certificate: read from the data folder, or made at the first start
 * (`created`), naming the host names and addresses the workstations use. The key file is 0600.
 */
export function serverCertificate(directory: string, options: { hosts: readonly string[]; now: Date }): ServerCertificate & { created: boolean } {
  const files = serverCertificateFiles(directory);
  privateFolder(files.folder);
  if (existsSync(files.key) && existsSync(files.certificate)) {
    const certificate = readFileSync(files.certificate, 'utf8');
    return { key: readFileSync(files.key, 'utf8'), certificate, fingerprint: new X509Certificate(certificate).fingerprint256, created: false };
  }
  const made = createSelfSignedCertificate({ name: 'Ruggensteun praktijkserver', hosts: options.hosts, now: options.now, days: VALID_DAYS });
  writeFileSync(files.key, made.key, { mode: 0o600 });
  writeFileSync(files.certificate, made.certificate, { mode: 0o644 });
  return { ...made, created: true };
}
