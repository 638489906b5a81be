/*
 * Reading an HR export: the encoding (UTF-16 with a BOM, UTF-8, else Windows-1252), the delimiter (';' or ','), and
 * the records with quoted fields, each with the line on which it starts.
 */

export type RosterEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedRoster {
  text: string;
  encoding: RosterEncoding;
}

const utf8Bom = [0xef, 0xbb, 0xbf];

/**
 * UTF-16 when the file starts with its byte order mark (Excel's "Unicode text": FF FE, or FE FF);
 * otherwise UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), otherwise Windows-1252.
 */
export function decodeRoster(bytes: Uint8Array): DecodedRoster {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16 !== null) return { text: new TextDecoder(utf16).decode(bytes.subarray(2)), encoding: utf16 };
  const hasBom = utf8Bom.every((b, i) => bytes[i] === b);
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
  }
}

/** Windows-1252 maps every byte to one character; this is the way back. */
const windows1252Byte = (() => {
  const bytes = Uint8Array.from({ length: 128 }, (_, i) => i + 128);
  const chars = new TextDecoder('windows-1252').decode(bytes);
  return new Map([...chars].map((char, i) => [char, i + 128]));
})();

/**
 * Whether text read as Windows-1252 holds bytes that were UTF-8 (one row of a mixed file shows
 * 'MÃ¼ller' for 'Müller'): a lead byte followed by the right number of continuation bytes.
 */
export function looksLikeUtf8(text: string): boolean {
  const bytes = [...text].map((char) => windows1252Byte.get(char) ?? (char.charCodeAt(0) < 128 ? char.charCodeAt(0) : 0x3f));
  for (let i = 0; i < bytes.length; i += 1) {
    const lead = bytes[i] ?? 0;
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) continue;
    const continuation = bytes.slice(i + 1, i + length);
    if (continuation.length === length - 1 && continuation.every((b) => b >= 0x80 && b <= 0xbf)) return true;
  }
  return false;
}

/** A replacement character or a control character: the text did not survive some conversion. */
export function hasBrokenCharacters(text: string): boolean {
  for (const char of text) {
    const code = char.charCodeAt(0);
    const allowedControl = code === 0x09 || code === 0x0a || code === 0x0d;
    if (code === 0xfffd || (code < 0x20 && !allowedControl) || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/** The delimiter of the header line: the one of ';' and ',' that occurs more often outside quotes. */
export function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons += 1;
    else if (!quoted && char === ',') commas += 1;
  }
  return commas > semicolons ? ',' : ';';
}

export interface CsvRecord {
  /** Line of the file on which the record starts (1-based). */
  line: number;
  fields: string[];
  /** The record ends inside a quoted field that was never closed. */
  unclosedQuote: boolean;
}

/** Splits the text into records (RFC 4180 quoting; \n, \r\n or \r line ends); blank lines are skipped. */
export function parseCsv(text: string, delimiter: ';' | ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let line = 1;
  let recordLine = 1;

  const endRecord = (unclosedQuote: boolean) => {
    fields.push(field);
    const blank = fields.length === 1 && fields[0]?.trim() === '';
    if (!blank) records.push({ line: recordLine, fields, unclosedQuote });
    fields = [];
    field = '';
    fieldStarted = false;
  };

  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line += 1;
        field += char;
      }
      continue;
    }
    if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
      fieldStarted = false;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRecord(false);
      line += 1;
      recordLine = line;
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (quoted || field !== '' || fields.length > 0) endRecord(quoted);
  return records;
}
