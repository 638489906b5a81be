import { describe, expect, it } from 'vitest';
import { addEmployer, addWorker, openTestStore } from '../support/testStore';

/* The store's repositories on the test project's engine: search, listing and transactions. */

describe('the practice store', () => {
  it('finds names regardless of accents, case and word order', async () => {
    const store = await openTestStore();
    const employerId = await addEmployer(store);
    const muller = await addWorker(store, employerId, 'Jürgen', 'Müller', 'A-100');
    const celik = await addWorker(store, employerId, 'Ayşe', 'Çelik', 'A-101');
    const broeck = await addWorker(store, employerId, 'Jan', 'Van den Broeck', 'B-200');
    await addWorker(store, employerId, 'Els', 'Peeters', 'C-300');
    const ids = async (query: string) => (await store.workers.search(query, null, 50)).map((w) => w.id);

    expect(await ids('muller')).toEqual([muller]);
    expect(await ids('MÜLLER')).toEqual([muller]);
    expect(await ids('jurgen mul')).toEqual([muller]);
    expect(await ids('celik')).toEqual([celik]);
    expect(await ids('ayse')).toEqual([celik]);
    expect(await ids('broeck')).toEqual([broeck]);
    expect(await ids('van den broeck')).toEqual([broeck]);
    expect(await ids('vandenbroeck')).toEqual([broeck]);
    expect(await ids('broeck jan')).toEqual([broeck]);
    expect(await ids('xyz')).toEqual([]);
    await store.close();
  });

  it('finds workers by personnel number prefix, ignoring separators and case', async () => {
    const store = await openTestStore();
    const employerId = await addEmployer(store);
    const first = await addWorker(store, employerId, 'Ana', 'Maes', 'A-100');
    const second = await addWorker(store, employerId, 'Bert', 'Maes', 'A-101');
    await addWorker(store, employerId, 'Carl', 'Maes', 'B-100');

    expect((await store.workers.search('a100', null, 50)).map((w) => w.id)).toEqual([first]);
    expect((await store.workers.search('A-10', null, 50)).map((w) => w.id).sort()).toEqual([first, second].sort());
    await store.close();
  });

  it('puts surnames that begin with what was typed before other name matches', async () => {
    const store = await openTestStore();
    const employerId = await addEmployer(store);
    const firstName = await addWorker(store, employerId, 'Vanessa', 'Peeters', '1');
    const dijk = await addWorker(store, employerId, 'Bart', 'Van Dijk', '2');
    const broeck = await addWorker(store, employerId, 'Anna', 'Van den Broeck', '3');
    const names = async (query: string) => (await store.workers.search(query, null, 50)).map((w) => w.id);

    expect(await names('van')).toEqual([broeck, dijk, firstName]);
    expect(await names('Van d')).toEqual([broeck, dijk]);
    expect(await names('van de')).toEqual([broeck]);
    expect(await names('ness')).toEqual([]);
    expect((await store.workers.search('van', null, 2)).map((w) => w.id)).toEqual([broeck, dijk]);
    await store.close();
  });

  it('finds the same workers whether few or very many names match', async () => {
    const store = await openTestStore();
    const employerId = await addEmployer(store);
    await store.transaction(async (tx) => {
      for (let i = 0; i < 5100; i += 1) {
        await tx.workers.save({
          employerId, departmentId: null, jobPositionId: null, personnelNumber: `N${i}`,
          firstName: i % 2 === 0 ? 'Ann' : 'Anton', lastName: `Zeeman${String(i).padStart(4, '0')}`,
          birthDate: '1980-05-01', contractHoursPerWeek: 38, email: null, phone: null,
        });
      }
    });
    // 'a*' matches all 5,101 workers: the alphabetical walk.
    const anna = await addWorker(store, employerId, 'Anna', 'Aalders', 'X');
    const broad = await store.workers.search('a', null, 3);
    expect(broad.map((w) => `${w.firstName} ${w.lastName}`)).toEqual(['Anna Aalders', 'Ann Zeeman0000', 'Anton Zeeman0001']);
    expect(broad[0]?.id).toBe(anna);
    // 'ant' matches 2,550: looked up and sorted.
    expect((await store.workers.search('ant', null, 2)).map((w) => w.lastName)).toEqual(['Zeeman0001', 'Zeeman0003']);
    await store.close();
  });

  it('lists workers alphabetically by surname, accents folded', async () => {
    const store = await openTestStore();
    const employerId = await addEmployer(store);
    await addWorker(store, employerId, 'Zoë', 'Öztürk', '1');
    await addWorker(store, employerId, 'Ann', 'Claes', '2');
    await addWorker(store, employerId, 'Eva', 'Çelik', '3');
    expect((await store.workers.search('', null, 50)).map((w) => w.lastName)).toEqual(['Çelik', 'Claes', 'Öztürk']);
    await store.close();
  });

  it('follows a renamed worker in search', async () => {
    const store = await openTestStore();
    const employerId = await addEmployer(store);
    const id = await addWorker(store, employerId, 'Ana', 'Janssens', 'P-1');
    await store.transaction((tx) =>
      tx.workers.save({
        id,
        rowVersion: 1,
        employerId,
        departmentId: null,
        jobPositionId: null,
        personnelNumber: 'P-1',
        firstName: 'Ana',
        lastName: 'Dubois',
        birthDate: '1980-05-01',
        contractHoursPerWeek: 38,
        email: null,
        phone: null,
      }),
    );
    expect(await store.workers.search('janssens', null, 50)).toEqual([]);
    expect((await store.workers.search('dubois', null, 50)).map((w) => w.id)).toEqual([id]);
    await store.close();
  });
});

describe('transactions of the store', () => {
  it('gives the work repositories bound to the transaction, and a nested one undoes only its own part', async () => {
    const store = await openTestStore();
    const employerId = await addEmployer(store);
    await store.transaction(async (tx) => {
      await tx.workplaces.saveDepartment({ employerId, name: 'Bakkerij' });
      const failed = tx.transaction(async (nested) => {
        await nested.workplaces.saveDepartment({ employerId, name: 'Winkel' });
        throw new Error('de geneste stap weigert');
      });
      await expect(failed).rejects.toThrow('de geneste stap weigert');
      await tx.workplaces.saveDepartment({ employerId, name: 'Kantoor' });
    });
    const employer = await store.workplaces.employer(employerId);
    expect(employer?.departments.map((d) => d.name)).toEqual(['Bakkerij', 'Kantoor']);
    await store.close();
  });

  it('writes nothing of a transaction whose work fails', async () => {
    const store = await openTestStore();
    const employerId = await addEmployer(store);
    const failed = store.transaction(async (tx) => {
      await tx.workplaces.saveDepartment({ employerId, name: 'Bakkerij' });
      await tx.workers.save({ employerId, departmentId: null, jobPositionId: null, personnelNumber: 'P-1', firstName: 'Ana', lastName: 'Maes',
        birthDate: '1980-05-01', contractHoursPerWeek: 38, email: null, phone: null });
      throw new Error('halverwege');
    });
    await expect(failed).rejects.toThrow('halverwege');
    expect((await store.workplaces.employer(employerId))?.departments).toEqual([]);
    expect(await store.workers.search('', null, 10)).toEqual([]);
    await store.close();
  });
});
