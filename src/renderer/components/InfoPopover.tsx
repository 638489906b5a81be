import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/LocaleContext';

/**
 * An "i" button that shows background notes (sources, what is counted) on demand, so that the
 * screen itself keeps to what the doctor acts on. The button says whether the note is open
 * (aria-expanded); Escape or a click elsewhere closes it and gives the focus back to the button.
 */
export function InfoPopover({ topic, children }: { topic: string; children: ReactNode }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const id = useId();
  const wrapper = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <span className="info-popover" ref={wrapper}>
      <button
        ref={button}
        type="button"
        className="info-popover__button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('glance.infoAbout', { topic })}
        onClick={() => setOpen((value) => !value)}
      >
        i
      </button>
      <span id={id} role="note" className="info-popover__body" hidden={!open}>
        {children}
      </span>
    </span>
  );
}
