import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Saves `document` through `persist` a moment after the last change (debounced), and once more
 * when the screen closes with changes still pending. `persist` answers the time it was saved, or
 * null when it failed (the next change tries again).
 */
export function useAutosave<T>(
  document: T,
  persist: (document: T) => Promise<string | null>,
  initialSavedAt: string | null,
  delayMs = 2000,
) {
  const text = JSON.stringify(document);
  const savedText = useRef(text);
  const latest = useRef({ text, document, persist });
  const [savedAt, setSavedAt] = useState(initialSavedAt);
  const [failed, setFailed] = useState(false);
  const [, setVersion] = useState(0);

  useEffect(() => {
    latest.current = { text, document, persist };
  });

  const flush = useCallback(async () => {
    const current = latest.current;
    if (current.text === savedText.current) return;
    const at = await current.persist(current.document);
    if (at === null) {
      setFailed(true);
    } else {
      savedText.current = current.text;
      setFailed(false);
      setSavedAt(at);
    }
    setVersion((n) => n + 1);
  }, []);

  useEffect(() => {
    if (text === savedText.current) return;
    const timer = setTimeout(() => void flush(), delayMs);
    return () => clearTimeout(timer);
  }, [text, delayMs, flush]);

  useEffect(
    () => () => {
      const current = latest.current;
      if (current.text !== savedText.current) void current.persist(current.document);
    },
    [],
  );

  /** Marks a document as stored (after the final save), so it is not saved again as a draft. */
  const markSaved = useCallback((saved: T) => {
    savedText.current = JSON.stringify(saved);
    setVersion((n) => n + 1);
  }, []);

  return { savedAt, failed, pending: text !== savedText.current, markSaved, flush };
}
