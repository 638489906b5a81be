/** The single Electron IPC channel; the api channel travels as its first argument. */
export const invokeChannel = 'ruggensteun:invoke';
