import { describe, expect, it } from 'vitest';
import { decodeRoster, detectDelimiter, hasBrokenCharacters, looksLikeUtf8, parseCsv } from '../../../src/main/services/prevention/rosterCsv';
import { suggestMapping } from '../../../src/main/services/prevention/rosterImport';
import { quartersOf } from '../../../src/main/services/prevention/quarters';

const windows1252 = (text: string) => Uint8Array.from([...text].map((char) => (char === 'ü' ? 0xfc : char === 'é' ? 0xe9 : char.charCodeAt(0))));

describe('reading an HR export', () => {
  it('reads UTF-8 with a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('naam\nMüller')]);
    expect(decodeRoster(bytes)).toEqual({ text: 'naam\nMüller', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    expect(decodeRoster(windows1252('naam\nMüller;Hélène'))).toEqual({ text: 'naam\nMüller;Hélène', encoding: 'windows-1252' });
  });

  it('recognises a UTF-8 row inside a Windows-1252 file, and broken characters', () => {
    const utf8AsWindows = new TextDecoder('windows-1252').decode(new TextEncoder().encode('Müller'));
    expect(utf8AsWindows).toBe('MÃ¼ller');
    expect(looksLikeUtf8(utf8AsWindows)).toBe(true);
    expect(looksLikeUtf8('Müller')).toBe(false);
    expect(hasBrokenCharacters('M\uFFFDller')).toBe(true);
    expect(hasBrokenCharacters('Van den Broeck\tÇelik')).toBe(false);
  });

  it('detects the delimiter of the header line outside quotes', () => {
    expect(detectDelimiter('nummer;naam;"a,b,c"\n1;2;3')).toBe(';');
    expect(detectDelimiter('nummer,naam,"a;b;c"\n1,2,3')).toBe(',');
  });

  it('splits quoted fields with delimiters, quotes and line breaks, keeping the line numbers', () => {
    const text = 'a;b\r\n"x;1";"he said ""hi"""\r\n\r\n"multi\nline";z\n3;"open';
    expect(parseCsv(text, ';')).toEqual([
      { line: 1, fields: ['a', 'b'], unclosedQuote: false },
      { line: 2, fields: ['x;1', 'he said "hi"'], unclosedQuote: false },
      { line: 4, fields: ['multi\nline', 'z'], unclosedQuote: false },
      { line: 6, fields: ['3', 'open'], unclosedQuote: true },
    ]);
  });

  it('suggests a mapping from Dutch, French and English headers', () => {
    const mapping = suggestMapping(['Personeelsnr.', 'Voornaam', 'Tussenvoegsel', 'Achternaam', 'Geboortedatum', 'Uren per week', 'Afdeling', 'Functie', 'E-mail']);
    expect(mapping).toMatchObject({ personnelNumber: 0, firstName: 1, lastNamePrefix: 2, lastName: 3, birthDate: 4, contractHours: 5, department: 6, jobTitle: 7, email: 8, phone: null });
    expect(suggestMapping(['Matricule', 'Prénom', 'Nom', 'Date de naissance', 'Heures'])).toMatchObject({
      personnelNumber: 0, firstName: 1, lastName: 2, birthDate: 3, contractHours: 4,
    });
  });
});

describe('quarters of a period', () => {
  it('cuts the first and last quarter to the period', () => {
    expect(quartersOf('2025-02-15', '2025-07-10')).toEqual([
      { quarter: '2025-Q1', from: '2025-02-15', to: '2025-03-31' },
      { quarter: '2025-Q2', from: '2025-04-01', to: '2025-06-30' },
      { quarter: '2025-Q3', from: '2025-07-01', to: '2025-07-10' },
    ]);
    expect(quartersOf('2024-12-31', '2025-01-01').map((q) => q.quarter)).toEqual(['2024-Q4', '2025-Q1']);
  });
});
