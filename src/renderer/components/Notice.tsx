import type { ReactNode } from 'react';

/** A message bar; the icon and the word carry the meaning, not only the colour. */
export function Notice({ tone, children }: { tone: 'info' | 'success' | 'error'; children: ReactNode }) {
  const icon = tone === 'error' ? '⚠' : tone === 'success' ? '✓' : 'ℹ';
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <span className="notice__icon" aria-hidden="true">
        {icon}
      </span>
      <div>{children}</div>
    </div>
  );
}
