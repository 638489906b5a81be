/**
 * Draft saves, one after another in the order they were made. Two saves in flight at once can
 * reach the main process in the other order (browser mode uses several connections), and the older
 * text would then overwrite the newer. Screens that read drafts wait until the queue is empty, so a
 * consultation that is left and reopened at once shows what was typed last.
 */
let queue: Promise<unknown> = Promise.resolve();

export function queueDraftWrite<T>(write: () => Promise<T>): Promise<T> {
  const next = queue.then(write, write);
  queue = next.catch(() => undefined);
  return next;
}

export function draftWritesSettled(): Promise<void> {
  return queue.then(() => undefined);
}
