/*
 * The few DER encodings (ITU-T X.690) a self-signed X.509 certificate needs. Each function returns
 * one complete element: tag, length, contents.
 */

function element(tag: number, contents: Buffer): Buffer {
  const length = contents.length;
  let header: Buffer;
  if (length < 0x80) header = Buffer.from([tag, length]);
  else if (length < 0x100) header = Buffer.from([tag, 0x81, length]);
  else if (length < 0x10000) header = Buffer.from([tag, 0x82, length >> 8, length & 0xff]);
  else throw new Error('DER element too long for a certificate');
  return Buffer.concat([header, contents]);
}

export const sequence = (...items: Buffer[]) => element(0x30, Buffer.concat(items));
export const set = (...items: Buffer[]) => element(0x31, Buffer.concat(items));
/** [n] EXPLICIT: a constructed context-specific tag around one element. */
export const explicit = (n: number, item: Buffer) => element(0xa0 + n, item);
/** [n] IMPLICIT of a primitive string type (e.g. a GeneralName's dNSName [2] or iPAddress [7]). */
export const implicitPrimitive = (n: number, bytes: Buffer) => element(0x80 + n, bytes);
export const octetString = (bytes: Buffer) => element(0x04, bytes);
export const utf8String = (text: string) => element(0x0c, Buffer.from(text, 'utf8'));
/** A BIT STRING of whole bytes (no unused bits). */
export const bitString = (bytes: Buffer) => element(0x03, Buffer.concat([Buffer.from([0]), bytes]));
export const boolean = (value: boolean) => element(0x01, Buffer.from([value ? 0xff : 0]));

/** A non-negative INTEGER from its big-endian bytes (a leading zero keeps it positive). */
export function unsignedInteger(bytes: Buffer): Buffer {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start += 1;
  const trimmed = bytes.subarray(start);
  return element(0x02, (trimmed[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}

export function objectIdentifier(dotted: string): Buffer {
  const arcs = dotted.split('.').map(Number);
  const [first = 0, second = 0, ...rest] = arcs;
  const bytes = [40 * first + second];
  for (const arc of rest) {
    const base128 = [arc & 0x7f];
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128)) base128.unshift((value & 0x7f) | 0x80);
    bytes.push(...base128);
  }
  return element(0x06, Buffer.from(bytes));
}

/** X.509 validity time: UTCTime until 2049, GeneralizedTime from 2050 (RFC 5280 4.1.2.5). */
export function time(date: Date): Buffer {
  const iso = date.toISOString().replace(/[-:T]/g, '').slice(0, 14); // yyyymmddhhmmss
  return date.getUTCFullYear() < 2050 ? element(0x17, Buffer.from(`${iso.slice(2)}Z`)) : element(0x18, Buffer.from(`${iso}Z`));
}
