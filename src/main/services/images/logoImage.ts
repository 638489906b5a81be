import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import PDFDocument from 'pdfkit';
import { MAX_LOGO_PIXELS, imageSize } from '../../../shared/model';

/*
 * A logo is decoded once, in full, before it is stored, and checked again (cached) before a PDF
 * embeds it: a PDF is never made with an image that pdfkit or its PNG reader could choke on.
 */

export type LogoProblem = 'logoUnreadable' | 'logoDimensions';

/** Bytes per row of raw PNG data, the filter byte included, for a colour type and bit depth. */
function pngRowBytes(width: number, colourType: number, bitDepth: number): number {
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colourType];
  if (channels === undefined) throw new Error(`PNG colour type ${colourType}`);
  return 1 + Math.ceil((width * channels * bitDepth) / 8);
}

interface PngChunks {
  width: number;
  height: number;
  colourType: number;
  bitDepth: number;
  interlaced: boolean;
  data: Buffer;
}

/** Reads the chunks of a PNG, checking every chunk's length and CRC-free structure. */
function pngChunks(bytes: Buffer): PngChunks {
  let at = 8;
  let header: Omit<PngChunks, 'data'> | null = null;
  const data: Buffer[] = [];
  while (at + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (body.length !== length || at + 12 + length > bytes.length) throw new Error('PNG chunk runs past the end');
    if (type === 'IHDR') {
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        bitDepth: body[8] ?? 0,
        colourType: body[9] ?? 0,
        interlaced: body[12] === 1,
      };
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (header === null || data.length === 0) throw new Error('PNG without header or image data');
  return { ...header, data: Buffer.concat(data) };
}

/** Inflates the whole image data of a PNG, never past the size its header allows. */
function decodePng(bytes: Buffer): void {
  const png = pngChunks(bytes);
  const rowBytes = pngRowBytes(png.width, png.colourType, png.bitDepth);
  const expected = rowBytes * png.height;
  // Interlaced images carry one filter byte per row of each of the seven passes.
  const limit = png.interlaced ? expected + 7 * png.height + 7 : expected;
  const pixels = inflateSync(png.data, { maxOutputLength: limit });
  if (png.interlaced ? pixels.length < png.height : pixels.length !== expected) throw new Error('PNG data has the wrong size');
  if (!png.interlaced) {
    for (let row = 0; row < png.height; row += 1) {
      if ((pixels[row * rowBytes] ?? 5) > 4) throw new Error('PNG row with an unknown filter');
    }
  }
}

/** Embeds the image in a throwaway PDF the way the letterhead does. */
async function embedInPdf(bytes: Buffer): Promise<void> {
  const pdf = new PDFDocument({ size: [100, 100], margin: 0 });
  const done = new Promise<void>((resolve, reject) => {
    pdf.on('data', () => undefined);
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });
  pdf.image(bytes, 0, 0, { fit: [96, 32] });
  pdf.end();
  await done;
}

/** Why the logo cannot be used, or null when its header is within bounds and it decodes in full. */
function decodeProblem(bytes: Buffer): LogoProblem | null {
  const size = imageSize(bytes);
  if (size === null || size.width === 0 || size.height === 0) return 'logoUnreadable';
  if (size.width > MAX_LOGO_PIXELS || size.height > MAX_LOGO_PIXELS) return 'logoDimensions';
  try {
    if (bytes[0] === 0x89) decodePng(bytes);
    else jpeg.decode(bytes, { maxResolutionInMP: (MAX_LOGO_PIXELS * MAX_LOGO_PIXELS) / 1e6, maxMemoryUsageInMB: 256 });
    return null;
  } catch {
    return 'logoUnreadable';
  }
}

/** At upload: why the logo cannot be used, or null when it decodes in full and embeds in a PDF. */
export async function logoProblem(logo: Uint8Array): Promise<LogoProblem | null> {
  const bytes = Buffer.from(logo);
  const problem = decodeProblem(bytes);
  if (problem !== null) return problem;
  try {
    await embedInPdf(bytes);
    return null;
  } catch {
    return 'logoUnreadable';
  }
}

/** Digests of logos that passed, so each stored logo is decoded once per run, not for every PDF. */
const usableLogos = new Set<string>();

/**
 * The logo when a PDF may embed it, or null: a damaged or oversized logo stored by an older
 * version is left out, and the document is made without it.
 */
export function usableLogo(logo: Uint8Array | null): Buffer | null {
  if (logo === null) return null;
  const bytes = Buffer.from(logo);
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (usableLogos.has(digest)) return bytes;
  if (decodeProblem(bytes) !== null) return null;
  usableLogos.add(digest);
  return bytes;
}
