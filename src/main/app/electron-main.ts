import { app, BrowserWindow, dialog, ipcMain, safeStorage, session, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from '../contentSecurityPolicy';
import { dataDirectory } from '../dataDirectory';
import { openPractice } from '../openPractice';
import { workstationApi } from '../client/workstationApi';
import { importIntoServer, serve } from '../server/serverCommands';
import type { Keychain } from '../services/keys/practiceVault';
import { invokeChannel } from '../ipcChannelName';

const rendererIndex = join(__dirname, '..', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;

app.setName('Ruggensteun');
app.enableSandbox();

/** The OS keychain through safeStorage; on Linux only a real secret store counts, not its plain-text fallback. */
const keychain: Keychain = {
  isAvailable: () =>
    safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
  seal: (secret) => safeStorage.encryptString(secret.toString('hex')),
  unseal: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'hex'),
};

function isOwnRenderer(event: IpcMainInvokeEvent, window: BrowserWindow): boolean {
  const frame = event.senderFrame;
  return event.sender === window.webContents && frame !== null && frame.parent === null && frame.url.split('#')[0] === rendererUrl;
}

async function start(): Promise<void> {
  await app.whenReady();
  const directory = process.env.RUGGENSTEUN_DATA_DIR ? dataDirectory() : app.getPath('userData');
  const nativeBinding = process.env.RUGGENSTEUN_SQLITE_BINDING;
  // The backup folder is picked with the system's folder dialog, over the app's window.
  let dialogParent: BrowserWindow | null = null;
  const folderDialog = async (): Promise<string | null> => {
    const options = { properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
    const picked = dialogParent ? await dialog.showOpenDialog(dialogParent, options) : await dialog.showOpenDialog(options);
    return picked.canceled ? null : (picked.filePaths[0] ?? null);
  };
  // The practice on this computer, or the practice server this workstation uses (see src/main/client).
  const api = workstationApi({
    directory,
    serverUrl: process.env.RUGGENSTEUN_SERVER_URL ?? null,
    openLocal: () => openPractice(directory, { keychain, folderDialog, ...(nativeBinding ? { nativeBinding } : {}) }),
  });

  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });

  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    title: 'Ruggensteun',
    backgroundColor: '#f6f7f5',
    show: false,
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  });
  dialogParent = window;
  window.once('ready-to-show', () => window.show());

  ipcMain.handle(invokeChannel, (event, channel: unknown, input: unknown) => {
    if (!isOwnRenderer(event, window)) return { ok: false, error: { code: 'forbidden' } };
    return api.invoke(typeof channel === 'string' ? channel : '', input);
  });

  await window.loadFile(rendererIndex);
  app.on('window-all-closed', () => {
    api.close();
    app.quit();
  });
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

/**
 * The packaged app as the practice server, headless (no window): `ruggensteun --server [options]`
 * and `ruggensteun --server-import --from <folder> [options]`, the same as `npm run server` and
 * `npm run server:import` (see serverOptions.ts and importOptions.ts).
 */
function headless(command: Promise<void>): void {
  app.disableHardwareAcceleration();
  command.catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    app.exit(1);
  });
}

const serverFlag = process.argv.indexOf('--server');
const importFlag = process.argv.indexOf('--server-import');
if (importFlag !== -1) {
  headless(importIntoServer(process.argv.slice(importFlag + 1), process.env.RUGGENSTEUN_SQLITE_BINDING).then(() => app.exit(0)));
} else if (serverFlag !== -1) {
  headless(serve(process.argv.slice(serverFlag + 1), (code) => app.exit(code)));
} else if (!app.requestSingleInstanceLock()) {
  // Only one Ruggensteun may hold the practice file at a time.
  app.quit();
} else {
  start().catch((error: unknown) => {
    console.error(error);
    dialog.showErrorBox('Ruggensteun', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
