import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';

/**
 * How a secret (a passphrase or the recovery key) becomes a key-encryption key: scrypt with
 * N = 2^15, r = 8, p = 1 (32 MiB, some tens of milliseconds) and a random 16-byte salt per slot.
 */
export const keyDerivation = { N: 32768, r: 8, p: 1 } as const;
const maxmem = 64 * 1024 * 1024;

/** A database key wrapped with AES-256-GCM; all fields base64. */
export interface WrappedKey {
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  iv: string;
  /** The encrypted key followed by the 16-byte GCM tag. */
  data: string;
}

function deriveKek(secret: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFC'), salt, 32, { ...cost, maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Wraps `key` under `secret`; `label` (the slot's owner) is authenticated, so a slot cannot be moved to another owner. */
export async function wrapKey(key: Buffer, secret: string, label: string): Promise<WrappedKey> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = await deriveKek(secret, salt, keyDerivation);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(label, 'utf8'));
  const data = Buffer.concat([cipher.update(key), cipher.final(), cipher.getAuthTag()]);
  return {
    kdf: 'scrypt',
    ...keyDerivation,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    data: data.toString('base64'),
  };
}

/** The key inside `wrapped`, or null when `secret` (or `label`) is not the one it was wrapped with. */
export async function unwrapKey(wrapped: WrappedKey, secret: string, label: string): Promise<Buffer | null> {
  const data = Buffer.from(wrapped.data, 'base64');
  if (wrapped.kdf !== 'scrypt' || data.length !== 48) return null;
  const kek = await deriveKek(secret, Buffer.from(wrapped.salt, 'base64'), wrapped);
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'));
  decipher.setAAD(Buffer.from(label, 'utf8'));
  decipher.setAuthTag(data.subarray(32));
  try {
    return Buffer.concat([decipher.update(data.subarray(0, 32)), decipher.final()]);
  } catch {
    return null;
  }
}
