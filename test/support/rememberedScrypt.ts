import type * as Crypto from 'node:crypto';
import { vi } from 'vitest';

/*
 * Setup file of the test projects (unit, integration-postgres, e2e): scrypt remembers what it
 * derived in this test file. scrypt is a pure function of its inputs, so the answer is the same
 * key the real derivation gives (a wrong passphrase, another salt or cost derives anew, at the
 * full cost): what a test checks does not change, only the time. Without it every sign-in
 * repeats the derivations the account's creation just made (the passphrase's hash, its key slot,
 * the name's hash), each 32 MiB and 100-300 ms on a busy machine, hundreds of times per run.
 */
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof Crypto>();
  const derived = new Map<string, Buffer>();

  function scrypt(
    password: Crypto.BinaryLike,
    salt: Crypto.BinaryLike,
    keylen: number,
    ...rest: [Crypto.ScryptOptions, (error: Error | null, key: Buffer) => void] | [(error: Error | null, key: Buffer) => void]
  ): void {
    const [options, callback] = rest.length === 2 ? rest : [{}, rest[0]];
    const { N, r, p, cost, blockSize, parallelization } = options;
    const key = JSON.stringify([bytes(password), bytes(salt), keylen, N ?? cost, r ?? blockSize, p ?? parallelization]);
    const known = derived.get(key);
    if (known) {
      process.nextTick(callback, null, Buffer.from(known));
      return;
    }
    crypto.scrypt(password, salt, keylen, options, (error, result) => {
      if (!error) derived.set(key, Buffer.from(result));
      callback(error, result);
    });
  }

  function bytes(value: Crypto.BinaryLike): string {
    return typeof value === 'string' ? `s:${value}` : `b:${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64')}`;
  }

  return { ...crypto, default: { ...crypto, scrypt }, scrypt };
});
