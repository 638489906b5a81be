import jpeg from 'jpeg-js';

/** A real baseline JPEG of one colour, e.g. a practice logo for the tests. */
export function solidJpeg(width: number, height: number, [red, green, blue]: [number, number, number]): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i += 1) data.set([red, green, blue, 255], i * 4);
  return Buffer.from(jpeg.encode({ data, width, height }, 90).data);
}
