import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channels, type Channel } from '../../src/shared/ipc';
import { keepOpenAfterSignOut, practiceWithDoctor, tableNames } from '../support/practiceFixture';
import { warehouseWorker } from './clinicalFixture';

/*
 * Every channel with inputs no form sends: random values, the channel's own field names with
 * values of every type (BigInt, NaN, nested objects, very long strings, negative and huge numbers).
 * The handler map must answer each one (never throw), never with a server error, and a refused
 * call writes no row (the access log and the sign-in counters excepted: refusals are recorded).
 */

const RUNS_PER_CHANNEL = 25;
/** Tables a refused call may write to. */
const RECORDS_REFUSALS = new Set(['access_log', 'sign_in_failures']);

const anyValue = fc.oneof(
  fc.anything({ withBigInt: true, withNullPrototype: true, withBoxedValues: true, withTypedArray: true, withSparseArray: true, maxDepth: 3 }),
  fc.integer(),
  fc.constantFrom(0, -1, 1, 2, 3, Number.MAX_SAFE_INTEGER, 2 ** 53, NaN, Infinity, -0, 1e308),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', ' ', '2026-02-30', '9999-99-99', '2026-03-16', 'x'.repeat(5000), '=1+1', '<script>'),
  fc.constant(null),
  fc.bigInt(),
);

/** The field names of a channel's input, when it is an object schema. */
function fieldsOf(channel: Channel): string[] {
  const shape = (channels[channel].input as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function inputFor(channel: Channel) {
  const fields = fieldsOf(channel);
  const withFields = fields.length === 0 ? fc.constant({}) : fc.record(Object.fromEntries(fields.map((field) => [field, anyValue])), { requiredKeys: [] });
  return fc.oneof(anyValue, withFields);
}

describe('every API channel under fuzzing', () => {
  it(`answers ${RUNS_PER_CHANNEL} random inputs per channel without a crash, a server error or a row written from a refusal`, async () => {
    const practice = await practiceWithDoctor();
    const { handlers, store } = practice;
    // auth.signOut is fuzzed too: the file stays open after it (as on a practice server), so each next call finds it.
    keepOpenAfterSignOut(practice.practice);
    await warehouseWorker(handlers);
    const signedIn = { ...handlers.session };
    const tables = (await tableNames(store.sql)).filter((name) => !RECORDS_REFUSALS.has(name) && !name.startsWith('worker_names'));
    // Every table's count in one statement: one round trip on PostgreSQL.
    const countAll = `SELECT ${tables.map((name) => `(SELECT count(*) FROM "${name}") AS "${name}"`).join(', ')}`;
    const counts = () => store.sql.get<Record<string, number>>(countAll);
    let calls = 0;
    const refusedCodes = new Map<string, number>();

    for (const channel of Object.keys(channels) as Channel[]) {
      await fc.assert(
        fc.asyncProperty(inputFor(channel), async (input) => {
          Object.assign(handlers.session, signedIn); // each call as the signed-in doctor, unlocked
          const before = await counts();
          const answer = await handlers.invoke(channel, input);
          calls += 1;
          expect(answer, `${channel} threw nothing but answered`).toHaveProperty('ok');
          if (!answer.ok) {
            expect(answer.error.code, `${channel} with ${fc.stringify(input)}`).not.toBe('internal');
            refusedCodes.set(answer.error.code, (refusedCodes.get(answer.error.code) ?? 0) + 1);
            expect(await counts(), `${channel} wrote a row from a refused input`).toEqual(before);
          }
        }),
        { numRuns: RUNS_PER_CHANNEL, seed: 20261201 },
      );
    }
    expect(calls).toBe(Object.keys(channels).length * RUNS_PER_CHANNEL);
    expect(refusedCodes.get('validation')).toBeGreaterThan(calls / 2);
  }, 60_000);
});
