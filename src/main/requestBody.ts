import type { IncomingMessage } from 'node:http';

/** The largest api request either server reads (a logo or an imported roster fits well within it). */
export const maxRequestBytes = 5 * 1024 * 1024;

/** Reads a request's body as UTF-8; rejects (and drops the connection) past `maxRequestBytes`. */
export function readRequestBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxRequestBytes) {
        reject(new Error('Request too large'));
        request.destroy();
      } else {
        chunks.push(chunk);
      }
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
