import { X509Certificate } from 'node:crypto';
import { channels, toValidationIssues, type ApiResult } from '../../shared/ipc';
import { isWorkstationChannel, practiceServerUrl, type ServerConnection, type WorkstationChannel } from '../../shared/channels/workstationChannels';
import type { ApiInvoker } from '../ipc/handlerMap';
import { type Log, rotatingLog } from '../services/log/rotatingLog';
import { newWorkstationId, readPracticeServerFile, writePracticeServerFile, type PracticeServerFile } from './practiceServerFile';
import { practiceServerClient } from './practiceServerClient';
import { presentedCertificate } from './presentedCertificate';

/** The practice on this workstation (openPractice's), opened only when no practice server is used. */
export interface LocalPractice {
  handlers: ApiInvoker;
  vault: { state(): 'new' | 'locked' | 'open' };
  close(): void;
}

/**
 * What the renderer talks to on a desktop (Electron or browser mode): the practice on this
 * workstation, or, when its data folder has a `practice-server.json` (or `serverUrl` is given),
 * the practice server, to which every call is forwarded once its certificate is pinned. The
 * workstation's own channels (`workstation.*`: which server, its fingerprint, trusting it) are
 * answered here. Nothing is decided here about the practice's data: permissions, validation and
 * the access log stay with the practice's handler map, local or on the server.
 */
export function workstationApi(options: {
  directory: string;
  serverUrl?: string | null;
  openLocal(): LocalPractice;
  /** Where failed requests to the server are logged; the data folder's log by default. */
  log?: Log;
}): ApiInvoker & { close(): void } {
  const log = options.log ?? rotatingLog(options.directory);
  let file: PracticeServerFile | null = readPracticeServerFile(options.directory);
  if (options.serverUrl) {
    const url = practiceServerUrl(options.serverUrl);
    if (url === null) throw new Error(`Not a practice server address (https only): ${options.serverUrl}`);
    // Another server than the one pinned: its certificate is confirmed afresh.
    if (file?.url !== url) {
      file = { format: 1, url, workstationId: file?.workstationId ?? newWorkstationId(), certificate: null };
      writePracticeServerFile(options.directory, file);
    }
  }
  let local: LocalPractice | null = file ? null : options.openLocal();
  let client = file?.certificate ? practiceServerClient({ url: file.url, certificate: file.certificate, workstationId: file.workstationId, log }) : null;

  async function connection(): Promise<ServerConnection> {
    if (!file) return { mode: 'local' };
    const presented = await presentedCertificate(file.url);
    const pinned = file.certificate ? new X509Certificate(file.certificate).fingerprint256 : null;
    const state = presented === null ? 'unreachable' : pinned === null ? 'unpinned' : presented.fingerprint === pinned ? 'trusted' : 'changed';
    return { mode: 'client', url: file.url, state, presented: presented?.fingerprint ?? null, pinned };
  }

  async function useServer(url: string): Promise<ApiResult<ServerConnection>> {
    // Only a workstation without a practice of its own becomes a client: nothing local is hidden.
    if (file || !local || local.vault.state() !== 'new') return { ok: false, error: { code: 'alreadyInitialized' } };
    local.close();
    local = null;
    file = { format: 1, url, workstationId: newWorkstationId(), certificate: null };
    writePracticeServerFile(options.directory, file);
    return { ok: true, value: await connection() };
  }

  async function trustServer(fingerprint: string): Promise<ApiResult<ServerConnection>> {
    if (!file) return { ok: false, error: { code: 'notFound' } };
    // A pin is never replaced from the screen: a changed certificate stays refused.
    if (file.certificate) return { ok: true, value: await connection() };
    const presented = await presentedCertificate(file.url);
    if (presented === null) return { ok: false, error: { code: 'serverUnreachable' } };
    if (presented.fingerprint !== fingerprint) return { ok: false, error: { code: 'serverCertificateChanged' } };
    file = { ...file, certificate: presented.certificate };
    writePracticeServerFile(options.directory, file);
    client = practiceServerClient({ url: file.url, certificate: presented.certificate, workstationId: file.workstationId, log });
    return { ok: true, value: await connection() };
  }

  async function answerHere(name: WorkstationChannel, rawInput: unknown): Promise<ApiResult<unknown>> {
    if (name === 'workstation.server') return { ok: true, value: await connection() };
    if (name === 'workstation.useServer') {
      const parsed = channels['workstation.useServer'].input.safeParse(rawInput ?? {});
      if (!parsed.success) return { ok: false, error: { code: 'validation', issues: toValidationIssues(parsed.error) } };
      return useServer(parsed.data.url);
    }
    const parsed = channels['workstation.trustServer'].input.safeParse(rawInput ?? {});
    if (!parsed.success) return { ok: false, error: { code: 'validation', issues: toValidationIssues(parsed.error) } };
    return trustServer(parsed.data.fingerprint);
  }

  return {
    async invoke(name, input) {
      if (isWorkstationChannel(name)) {
        try {
          return await answerHere(name, input);
        } catch {
          return { ok: false, error: { code: 'internal' } };
        }
      }
      if (local) return local.handlers.invoke(name, input);
      if (client) return client.invoke(name, input);
      // A server not trusted yet: nothing goes to it before its fingerprint is confirmed.
      return { ok: false, error: { code: 'forbidden' } };
    },
    close() {
      local?.close();
      client?.close();
    },
  };
}
