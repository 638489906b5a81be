import { contextBridge, ipcRenderer } from 'electron';
import type { RuggensteunApi } from '../shared/ipc';
import { invokeChannel } from './ipcChannelName';

const api: RuggensteunApi = {
  invoke: (channel, input) => ipcRenderer.invoke(invokeChannel, channel, input),
};

contextBridge.exposeInMainWorld('ruggensteun', api);
