import { useEffect, useRef } from 'react';

/** What counts as using the application. */
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` once after `minutes` without keyboard, mouse or touch; null switches it off. Main
 * enforces the same time on its side: a call after it is refused while the screen is locked.
 */
export function useIdleLock(minutes: number | null, onIdle: () => void): void {
  const idle = useRef(onIdle);
  useEffect(() => {
    idle.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (minutes === null) return undefined;
    let timer = window.setTimeout(() => idle.current(), minutes * 60_000);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => idle.current(), minutes * 60_000);
    };
    for (const event of ACTIVITY) window.addEventListener(event, restart, { passive: true, capture: true });
    return () => {
      window.clearTimeout(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, restart, { capture: true });
    };
  }, [minutes]);
}
