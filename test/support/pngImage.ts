import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, checksum]);
}

/** A real PNG file of one colour (8-bit RGB), e.g. a practice logo for the tests. */
export function solidPng(width: number, height: number, [red, green, blue]: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type RGB, deflate, no filter, no interlace
  const row = Buffer.alloc(1 + width * 3); // filter byte 0, then the pixels
  for (let x = 0; x < width; x += 1) row.set([red, green, blue], 1 + x * 3);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A real PNG padded with an ancillary chunk (private `ruGs`, or a `tEXt` comment) to exactly `size` bytes. */
export function paddedPng(size: number, padding: 'ruGs' | 'tEXt' = 'ruGs'): Buffer {
  const image = solidPng(8, 8, [31, 111, 107]);
  const end = image.length - 12; // the IEND chunk
  const length = size - image.length - 12;
  if (length < 0) throw new Error(`A PNG cannot be made as small as ${size} bytes`);
  return Buffer.concat([image.subarray(0, end), chunk(padding, Buffer.alloc(length, 0x61)), image.subarray(end)]);
}

/**
 * A crafted PNG whose header declares `width` x `height` pixels while it carries almost no data:
 * 100,000 x 100,000 in about 70 bytes, the kind of file that exhausts memory when decoded.
 */
export function pngDeclaring(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // RGBA: pdfkit would decode every pixel to split the alpha channel
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(16))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A file that starts with the PNG signature (or JPEG marker) and goes on with bytes that mean nothing. */
export function signatureAndGarbage(kind: 'png' | 'jpeg', size = 200): Buffer {
  const signature = kind === 'png' ? [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] : [0xff, 0xd8, 0xff];
  const garbage = Buffer.from(Array.from({ length: size }, (_, i) => (i * 73 + 41) % 256));
  return Buffer.concat([Buffer.from(signature), garbage]);
}
