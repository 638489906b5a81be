import { afterEach, describe, expect, it } from 'vitest';
import { importRoster } from '../../../src/main/services/prevention/rosterImport';
import { MAX_ROSTER_BYTES } from '../../../src/shared/model';
import { failingInserts } from '../../support/failingWrite';
import { employerWithJob, practiceWithDoctor, rowCount, valueOf } from '../../support/practiceFixture';

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

const workerCount = (practice: Awaited<ReturnType<typeof practiceWithWorker>>) => rowCount(practice.store.sql, 'workers');

describe('roster import from an HR export', () => {
  let close: (() => unknown) | null = null;
  afterEach(async () => {
    await close?.();
  });

  it('previews the file, reports every bad row with its line and reason, and writes nothing', async () => {
    const practice = await practiceWithWorker();
    close = () => practice.practice.close();
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
    expect(preview.rejectedCount).toBe(8);
    expect(preview.newDepartments).toEqual(['Expeditie']);
    expect(preview.newJobTitles).toEqual(['Chauffeur']);
    expect(await workerCount(practice)).toBe(1);
  });

  it('imports the good rows in one transaction, creating departments and jobs, and logs each new worker', async () => {
    const practice = await practiceWithWorker();
    close = () => practice.practice.close();
    const advisor = await practice.as('preventionAdvisor');
    const text = [header, lines[1], lines[2], lines[10]].join('\n');
    const file = { employerId: practice.employerId, fileName: 'hr.csv', contentBase64: base64(new TextEncoder().encode(`\uFEFF${text}`)) };
    const preview = valueOf(await practice.handlers.call('prevention.previewRoster', file));
    expect(preview.encoding).toBe('utf-8');

    const result = valueOf(await practice.handlers.call('prevention.importRoster', { ...file, mapping: preview.mapping }));
    expect(result).toEqual({ imported: 3, rejected: [], rejectedCount: 0, departmentsCreated: 1, jobPositionsCreated: 1 });
    expect(await workerCount(practice)).toBe(4);

    const imported = await practice.store.sql.all(
      `SELECT w.personnel_number AS number, w.first_name AS "firstName", w.last_name AS "lastName", w.birth_date AS "birthDate",
              w.contract_hours AS hours, d.name AS department, j.title AS job
         FROM workers w LEFT JOIN departments d ON d.id = w.department_id LEFT JOIN job_positions j ON j.id = w.job_position_id
        WHERE w.personnel_number <> 'W-1' ORDER BY w.personnel_number`,
    );
    expect(imported).toEqual([
      { number: '1001', firstName: 'Jürgen', lastName: 'van den Broeck', birthDate: '1978-02-03', hours: 36, department: 'Magazijn', job: 'Magazijnier' },
      { number: '1002', firstName: 'Hélène', lastName: 'Dubois', birthDate: '1990-03-01', hours: 38.5, department: 'Expeditie', job: 'Chauffeur' },
      { number: '1010', firstName: 'Noor', lastName: 'El Amrani', birthDate: '1991-07-07', hours: 32, department: 'Magazijn', job: 'Magazijnier' },
    ]);
    const log = await practice.store.sql.get(`SELECT count(*) AS n FROM access_log WHERE action = 'import' AND user_id = ? AND outcome = 'allowed'`, [advisor.id]);
    expect(log).toEqual({ n: 3 });

    // The same file again: every row is on the roster already. The advisor is not told so, and nothing is written.
    const again = valueOf(await practice.handlers.call('prevention.importRoster', { ...file, mapping: preview.mapping }));
    expect(again).toEqual({ ...result, departmentsCreated: 0, jobPositionsCreated: 0 });
    expect(await workerCount(practice)).toBe(4);
    // A doctor, who may search the workers anyway, is told which rows exist.
    await practice.asDoctor();
    const byDoctor = valueOf(await practice.handlers.call('prevention.importRoster', { ...file, mapping: preview.mapping }));
    expect(byDoctor.imported).toBe(0);
    expect(byDoctor.rejected.map((row) => row.problems[0]?.code)).toEqual(['existsAtEmployer', 'existsAtEmployer', 'existsAtEmployer']);
    expect(await workerCount(practice)).toBe(4);
  });

  it('gives an advisor probing 60 personnel numbers the same answer whether 20 of them exist or none', async () => {
    const probed = await practiceWithWorker();
    const empty = await practiceWithWorker();
    close = () => Promise.all([probed.practice.close(), empty.practice.close()]);
    // 20 of the employer's real numbers among 60 guesses.
    const real = Array.from({ length: 20 }, (_, i) => `P${String(i * 3).padStart(3, '0')}`);
    for (const number of real) {
      valueOf(
        await probed.handlers.call('workers.save', {
          employerId: probed.employerId, personnelNumber: number, firstName: 'Echt', lastName: 'Bestaand', birthDate: '1970-01-01', contractHoursPerWeek: 20,
        }),
      );
    }
    const guesses = Array.from({ length: 60 }, (_, i) => `P${String(i).padStart(3, '0')};Gok;;Persoon;01-01-1980;38;Magazijn;Magazijnier`);
    const answers = [];
    for (const practice of [probed, empty]) {
      await practice.as('preventionAdvisor');
      const file = { employerId: practice.employerId, fileName: 'gok.csv', contentBase64: base64(new TextEncoder().encode([header, ...guesses].join('\n'))) };
      const preview = valueOf(await practice.handlers.call('prevention.previewRoster', file));
      const imported = valueOf(await practice.handlers.call('prevention.importRoster', { ...file, mapping: preview.mapping }));
      answers.push({ preview, imported });
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]?.preview.rejected).toEqual([]);
    expect(answers[0]?.imported.imported).toBe(60);
    // The real workers were left as they were.
    const names = await probed.store.sql.all(`SELECT DISTINCT first_name AS name FROM workers WHERE personnel_number IN (${real.map(() => '?').join(',')})`, real);
    expect(names).toEqual([{ name: 'Echt' }]);
  });

  it('stays linear with thousands of rows repeating one personnel number, and bounds the answer', async () => {
    const practice = await practiceWithWorker();
    close = () => practice.practice.close();
    const row = '7777;Zelfde;;Nummer;01-01-1980;38;Magazijn;Magazijnier';
    const text = [header, ...Array.from({ length: 30_000 }, () => row)].join('\n');
    const file = { employerId: practice.employerId, fileName: 'constant.csv', contentBase64: base64(new TextEncoder().encode(text)) };
    const started = performance.now();
    const preview = valueOf(await practice.handlers.call('prevention.previewRoster', file));
    const elapsed = performance.now() - started;

    expect(preview.rowCount).toBe(30_000);
    expect(preview.rejectedCount).toBe(30_000);
    expect(preview.rejected).toHaveLength(500);
    expect(preview.rejected[0]).toEqual({ line: 2, problems: [{ code: 'duplicateInFile', field: 'personnelNumber', value: '3, 4, 5, 6, 7, …' }] });
    expect(preview.rejected[1]?.problems[0]?.value).toBe('2, 4, 5, 6, 7, …');
    // Before: 376 MB for 8,000 rows, out of memory at 30,000.
    expect(JSON.stringify(preview).length).toBeLessThan(100_000);
    expect(elapsed).toBeLessThan(10_000);
  });

  it('answers fileTooLarge for a roster over 3 MB', async () => {
    const practice = await practiceWithWorker();
    close = () => practice.practice.close();
    const file = { employerId: practice.employerId, fileName: 'groot.csv', contentBase64: base64(new Uint8Array(MAX_ROSTER_BYTES + 3).fill(0x41)) };
    expect(await practice.handlers.call('prevention.previewRoster', file)).toEqual({
      ok: false,
      error: { code: 'validation', issues: [{ path: ['contentBase64'], code: 'fileTooLarge' }] },
    });
  });

  it('reads an Excel "Unicode text" roster (UTF-16 with its byte order mark) as UTF-16', async () => {
    const practice = await practiceWithWorker();
    close = () => practice.practice.close();
    const text = `${header}\r\n3001;Françoise;;Lefèvre;01-01-1980;38;Magazijn;Magazijnier\r\n`;
    const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const bigEndian = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    for (const [bytes, encoding] of [[littleEndian, 'utf-16le'], [bigEndian, 'utf-16be']] as const) {
      const file = { employerId: practice.employerId, fileName: 'unicode.txt', contentBase64: base64(bytes) };
      const preview = valueOf(await practice.handlers.call('prevention.previewRoster', file));
      expect(preview.encoding).toBe(encoding);
      expect(preview.rejected).toEqual([]);
      expect(preview.sampleRows[0]?.slice(0, 4)).toEqual(['3001', 'Françoise', '', 'Lefèvre']);
    }
  });

  it('reports UTF-8 rows in a Windows-1252 file and broken characters, and imports the rest', async () => {
    const practice = await practiceWithWorker();
    close = () => practice.practice.close();
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
    expect(await practice.store.sql.get(`SELECT first_name AS name FROM workers WHERE personnel_number = '2001'`)).toEqual({ name: 'Zoë' });
  });

  it('refuses to import while a required column is not mapped, and writes nothing when a write fails', async () => {
    const practice = await practiceWithWorker();
    close = () => practice.practice.close();
    const file = { employerId: practice.employerId, fileName: 'hr.csv', contentBase64: base64(new TextEncoder().encode(lines.slice(0, 3).join('\n'))) };
    const preview = valueOf(await practice.handlers.call('prevention.previewRoster', file));
    const result = await practice.handlers.call('prevention.importRoster', { ...file, mapping: { ...preview.mapping, birthDate: null } });
    expect(result).toEqual({ ok: false, error: { code: 'validation', issues: [{ path: ['mapping', 'birthDate'], code: 'required' }] } });

    // A failure half-way (the second worker cannot be written) rolls back the first one and the new department.
    const store = practice.store;
    expect(await workerCount(practice)).toBe(1);
    const repaired = await failingInserts(store.sql, 'second_worker_fails', 'workers', '(SELECT count(*) FROM workers) >= 2', 'disk full');
    await expect(
      importRoster(store, { ...file, mapping: preview.mapping }, { id: 1, name: 'Dr. Test Arts', role: 'doctor' }, { revealExisting: true }),
    ).rejects.toThrow('disk full');
    await repaired();
    expect(await workerCount(practice)).toBe(1);
    expect(await store.sql.get(`SELECT count(*) AS n FROM departments WHERE name = 'Expeditie'`)).toEqual({ n: 0 });
  });
});
