import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so the key survives being read aloud or typed from paper. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new recovery key: 160 random bits as 8 groups of 4 characters, e.g. `7K2M-…`. */
export function newRecoveryKey(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let text = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      text += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return text.match(/.{4}/g)!.join('-');
}

/** The recovery key as typed (any case, spaces or dashes, O for 0, I and L for 1) in its canonical form. */
export function normalizeRecoveryKey(typed: string): string {
  const characters = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return (characters.match(/.{1,4}/g) ?? []).join('-');
}
