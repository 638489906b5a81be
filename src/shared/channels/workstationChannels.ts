import { z } from 'zod';
import { channel, noInput } from './channel';

/**
 * The address of a practice server as the user types it ("praktijkserver.local:8443" or with
 * https://): only https, a host and maybe a port; no path, query or credentials.
 */
export function practiceServerUrl(typed: string): string | null {
  const trimmed = typed.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname === '' || url.username || url.password) return null;
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) return null;
  return url.origin;
}

const serverUrl = z
  .string()
  .trim()
  .min(1, { error: 'required' })
  .max(300, { error: 'tooLong' })
  .refine((typed) => practiceServerUrl(typed) !== null, { error: 'serverUrl' })
  .transform((typed) => practiceServerUrl(typed) ?? typed);

/** A SHA-256 fingerprint as colon-separated hex pairs (the form Node and OpenSSL print). */
const fingerprint = z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, { error: 'invalid' });

/**
 * Where this workstation's practice lives: here ('local'), or on a practice server. With a server:
 * 'trusted' (its certificate is the pinned one), 'unpinned' (first connection: the user compares
 * the fingerprint with the one the server printed and confirms it), 'changed' (the server shows
 * another certificate than the pinned one: refused) or 'unreachable'.
 */
export const serverConnectionSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('local') }),
  z.object({
    mode: z.literal('client'),
    url: z.string(),
    state: z.enum(['trusted', 'unpinned', 'changed', 'unreachable']),
    /** The fingerprint of the certificate the server shows now (null when unreachable). */
    presented: fingerprint.nullable(),
    /** The fingerprint pinned at the first connection (null before it). */
    pinned: fingerprint.nullable(),
  }),
]);
export type ServerConnection = z.infer<typeof serverConnectionSchema>;

/**
 * The workstation's own channels: answered by the desktop's main process, never forwarded to a
 * practice server and never answered by a practice's handler map.
 */
export const workstationChannels = {
  'workstation.server': channel({ input: noInput, output: serverConnectionSchema, access: 'public' }),
  /** From the first-start screen: this workstation uses a practice server (only while it holds no practice). */
  'workstation.useServer': channel({ input: z.object({ url: serverUrl }), output: serverConnectionSchema, access: 'public' }),
  /** The user confirms the fingerprint shown at the first connection: it is pinned. */
  'workstation.trustServer': channel({ input: z.object({ fingerprint }), output: serverConnectionSchema, access: 'public' }),
} as const;

export type WorkstationChannel = keyof typeof workstationChannels;

export function isWorkstationChannel(name: string): name is WorkstationChannel {
  return Object.prototype.hasOwnProperty.call(workstationChannels, name);
}
