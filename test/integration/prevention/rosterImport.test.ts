import { afterEach, describe, expect, it } from 'vitest';
import { importRoster } from '../../../src/main/services/prevention/rosterImport';
import { employerWithJob, practiceWithDoctor, valueOf } from '../../support/practiceFixture';

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

/** Windows-1252 bytes of a text (only the accents this test uses). */
function windows1252(text: string): Uint8Array {
  const codes: Record<string, number> = { 'ü': 0xfc, 'é': 0xe9, 'ë': 0xeb, 'Ç': 0xc7 };
  return Uint8Array.from([...text].map((char) => codes[char] ?? char.charCodeAt(0)));
}

const header = 'Personeelsnummer;Voornaam;Tussenvoegsel;Achternaam;Geboortedatum;Uren per week;Afdeling;Functie';

/** Lines 2-12 of an HR export with one problem per bad row (line numbers in the comments). */
const lines = [
  header,
  '1001;Jürgen;van den;Broeck;03-02-1978;36;Magazijn;Magazijnier', // 2 fine
  '1002;Hélène;;Dubois;1-3-1990;"38,5";Expeditie;Chauffeur', // 3 fine, new department and job
  '1003;Piet;;Zonder datum;;38;Magazijn;Magazijnier', // 4 birth date missing
  '1004;Anna;;Janssens;31-02-1985;38;Magazijn;Magazijnier', // 5 no such date
  '1005;Bram;;Peeters;12-12-1984;zestig;Magazijn;Magazijnier', // 6 hours not a number
  '1001;Kopie;;Broeck;03-02-1978;36;Magazijn;Magazijnier', // 7 duplicate of line 2
  'W-1;Sanne;;De Wit;10-05-1980;38;Magazijn;Magazijnier', // 8 already at the employer
  '1008;Te;;Weinig;01-01-1980', // 9 too few columns
  '1009;Kind;;Jong;01-01-2020;20;Magazijn;Magazijnier', // 10 not a plausible worker
  '1010;"Noor";;"El Amrani";07-07-1991;32;"Magazijn";Magazijnier', // 11 fine (quoted)
];

async function practiceWithWorker() {
  const practice = await practiceWithDoctor();
  const { employerId, departmentId, jobPositionId } = await employerWithJob(practice.handlers);
  valueOf(
    await practice.handlers.call('workers.save', {
      employerId,
      departmentId,
      jobPositionId,
      personnelNumber: 'W-1',
      firstName: 'Sanne',
      lastName: 'De Wit',
      birthDate: '1980-05-10',
      contractHoursPerWeek: 38,
    }),
  );
  return { ...practice, employerId };
}

const workerCount = (practice: Awaited<ReturnType<typeof practiceWithWorker>>) =>
  (practice.store.db.prepare('SELECT count(*) AS n FROM workers').get() as { n: number }).n;

describe('roster import from an HR export', () => {
  let close: (() => void) | null = null;
  afterEach(() => close?.());

  it('previews the file, reports every bad row with its line and reason, and writes nothing', async () => {
    const practice = await practiceWithWorker();
    close = () => practice.store.close();
    await practice.as('preventionAdvisor');
    const file = { employerId: practice.employerId, fileName: 'hr.csv', contentBase64: base64(windows1252(lines.join('\r\n'))) };
    const preview = valueOf(await practice.handlers.call('prevention.previewRoster', file));

    expect(preview.encoding).toBe('windows-1252');
    expect(preview.delimiter).toBe(';');
    expect(preview.unmappedRequired).toEqual([]);
    expect(preview.mapping).toMatchObject({ personnelNumber: 0, firstName: 1, lastNamePrefix: 2, lastName: 3, birthDate: 4, contractHours: 5, department: 6, jobTitle: 7 });
    expect(preview.sampleRows[0]).toEqual(['1001', 'Jürgen', 'van den', 'Broeck', '03-02-1978', '36', 'Magazijn', 'Magazijnier']);
    expect(preview.rowCount).toBe(10);
    expect(preview.importableCount).toBe(2);
    expect(preview.rejected).toEqual([
      { line: 2, problems: [{ code: 'duplicateInFile', field: 'personnelNumber', value: '7' }] },
      { line: 4, problems: [{ code: 'required', field: 'birthDate', value: null }] },
      { line: 5, problems: [{ code: 'date', field: 'birthDate', value: '31-02-1985' }] },
      { line: 6, problems: [{ code: 'hours', field: 'contractHours', value: 'zestig' }] },
      { line: 7, problems: [{ code: 'duplicateInFile', field: 'personnelNumber', value: '2' }] },
      { line: 8, problems: [{ code: 'existsAtEmployer', field: 'personnelNumber', value: 'W-1' }] },
      { line: 9, problems: [{ code: 'columnCount', field: null, value: '5' }] },
      { line: 10, problems: [{ code: 'birthDateImplausible', field: 'birthDate', value: '01-01-2020' }] },
    ]);
    expect(preview.newDepartments).toEqual(['Expeditie']);
    expect(preview.newJobTitles).toEqual(['Chauffeur']);
    expect(workerCount(practice)).toBe(1);
  });

  it('imports the good rows in one transaction, creating departments and jobs, and logs each new worker', async () => {
    const practice = await practiceWithWorker();
    close = () => practice.store.close();
    const advisor = await practice.as('preventionAdvisor');
    const text = [header, lines[1], lines[2], lines[10]].join('\n');
    const file = { employerId: practice.employerId, fileName: 'hr.csv', contentBase64: base64(new TextEncoder().encode(`\uFEFF${text}`)) };
    const preview = valueOf(await practice.handlers.call('prevention.previewRoster', file));
    expect(preview.encoding).toBe('utf-8');

    const result = valueOf(await practice.handlers.call('prevention.importRoster', { ...file, mapping: preview.mapping }));
    expect(result).toEqual({ imported: 3, rejected: [], departmentsCreated: 1, jobPositionsCreated: 1 });
    expect(workerCount(practice)).toBe(4);

    const imported = practice.store.db
      .prepare(
        `SELECT w.personnel_number AS number, w.first_name AS firstName, w.last_name AS lastName, w.birth_date AS birthDate,
                w.contract_hours AS hours, d.name AS department, j.title AS job
           FROM workers w LEFT JOIN departments d ON d.id = w.department_id LEFT JOIN job_positions j ON j.id = w.job_position_id
          WHERE w.personnel_number <> 'W-1' ORDER BY w.personnel_number`,
      )
      .all();
    expect(imported).toEqual([
      { number: '1001', firstName: 'Jürgen', lastName: 'van den Broeck', birthDate: '1978-02-03', hours: 36, department: 'Magazijn', job: 'Magazijnier' },
      { number: '1002', firstName: 'Hélène', lastName: 'Dubois', birthDate: '1990-03-01', hours: 38.5, department: 'Expeditie', job: 'Chauffeur' },
      { number: '1010', firstName: 'Noor', lastName: 'El Amrani', birthDate: '1991-07-07', hours: 32, department: 'Magazijn', job: 'Magazijnier' },
    ]);
    const log = practice.store.db
      .prepare(`SELECT count(*) AS n FROM access_log WHERE action = 'import' AND user_id = ? AND outcome = 'allowed'`)
      .get(advisor.id) as { n: number };
    expect(log.n).toBe(3);

    // The same file again: every row now exists at the employer; nothing is written.
    const again = valueOf(await practice.handlers.call('prevention.importRoster', { ...file, mapping: preview.mapping }));
    expect(again.imported).toBe(0);
    expect(again.rejected.map((row) => row.problems[0]?.code)).toEqual(['existsAtEmployer', 'existsAtEmployer', 'existsAtEmployer']);
    expect(workerCount(practice)).toBe(4);
  });

  it('reports UTF-8 rows in a Windows-1252 file and broken characters, and imports the rest', async () => {
    const practice = await practiceWithWorker();
    close = () => practice.store.close();
    const good = windows1252(`${header}\n2001;Zoë;;Maes;01-01-1980;38;Magazijn;Magazijnier\n`);
    const mixed = new TextEncoder().encode('2002;Jürgen;;Müller;01-01-1980;38;Magazijn;Magazijnier\n');
    const broken = new TextEncoder().encode('2003;J\uFFFDrgen;;Smit;01-01-1980;38;Magazijn;Magazijnier\n');
    const bytes = new Uint8Array([...good, ...mixed, ...broken]);
    const file = { employerId: practice.employerId, fileName: 'hr.csv', contentBase64: base64(bytes) };
    const preview = valueOf(await practice.handlers.call('prevention.previewRoster', file));
    expect(preview.encoding).toBe('windows-1252');
    expect(preview.rejected.map((row) => [row.line, row.problems[0]?.code])).toEqual([
      [3, 'mixedEncoding'],
      [4, 'mixedEncoding'],
    ]);
    const utf8File = { ...file, contentBase64: base64(new Uint8Array([...new TextEncoder().encode(`${header}\n`), ...broken])) };
    const utf8Preview = valueOf(await practice.handlers.call('prevention.previewRoster', utf8File));
    expect(utf8Preview.rejected).toEqual([{ line: 2, problems: [{ code: 'encoding', field: null, value: null }] }]);

    const result = valueOf(await practice.handlers.call('prevention.importRoster', { ...file, mapping: preview.mapping }));
    expect(result.imported).toBe(1);
    expect(practice.store.db.prepare(`SELECT first_name AS name FROM workers WHERE personnel_number = '2001'`).get()).toEqual({ name: 'Zoë' });
  });

  it('refuses to import while a required column is not mapped, and writes nothing when a write fails', async () => {
    const practice = await practiceWithWorker();
    close = () => practice.store.close();
    const file = { employerId: practice.employerId, fileName: 'hr.csv', contentBase64: base64(new TextEncoder().encode(lines.slice(0, 3).join('\n'))) };
    const preview = valueOf(await practice.handlers.call('prevention.previewRoster', file));
    const result = await practice.handlers.call('prevention.importRoster', { ...file, mapping: { ...preview.mapping, birthDate: null } });
    expect(result).toEqual({ ok: false, error: { code: 'validation', issues: [{ path: ['mapping', 'birthDate'], code: 'required' }] } });

    // A failure half-way (the second worker cannot be written) rolls back the first one and the new department.
    const store = practice.store;
    const save = store.workers.save;
    let calls = 0;
    store.workers.save = (input) => {
      calls += 1;
      if (calls === 2) throw new Error('disk full');
      return save(input);
    };
    expect(() => importRoster(store, { ...file, mapping: preview.mapping }, { id: 1, name: 'Dr. Test Arts', role: 'doctor' })).toThrow('disk full');
    store.workers.save = save;
    expect(workerCount(practice)).toBe(1);
    expect(store.db.prepare(`SELECT count(*) AS n FROM departments WHERE name = 'Expeditie'`).get()).toEqual({ n: 0 });
  });
});
