import type { ApiResult, Channel, ChannelInput, ChannelOutput, RuggensteunApi } from '../../shared/ipc';

declare global {
  interface Window {
    /** Present in Electron: the preload's bridge to the main process. */
    ruggensteun?: RuggensteunApi;
  }
}

const tokenKey = 'ruggensteun.token';

/** Browser mode: the same calls over the loopback bridge, with this run's token. */
function browserBridge(): RuggensteunApi {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(tokenKey, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  const token = fromUrl ?? sessionStorage.getItem(tokenKey) ?? '';
  return {
    async invoke(channel, input) {
      try {
        const response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Ruggensteun-Token': token },
          body: JSON.stringify({ channel, input }),
        });
        if (!response.ok) return { ok: false, error: { code: response.status === 403 ? 'unauthenticated' : 'internal' } };
        return (await response.json()) as ApiResult<never>;
      } catch {
        return { ok: false, error: { code: 'internal' } };
      }
    },
  };
}

const bridge: RuggensteunApi = window.ruggensteun ?? browserBridge();

/** Electron: main can show the system's dialogs (a folder picker); browser mode types paths instead. */
export const hasSystemDialogs = window.ruggensteun !== undefined;

let lockedListener: (() => void) | null = null;

/** Who to tell when main answers that the screen is locked (main locked it after the idle time). */
export function whenLocked(listener: (() => void) | null): void {
  lockedListener = listener;
}

/** Calls one channel of the api contract. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<ChannelOutput<C>>> {
  const result = await bridge.invoke(channel, input);
  if (!result.ok && result.error.code === 'locked') lockedListener?.();
  return result;
}
