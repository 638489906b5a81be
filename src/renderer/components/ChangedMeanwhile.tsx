import { useId, type ReactNode } from 'react';
import { useT } from '../i18n/LocaleContext';
import { Notice } from './Notice';

/** One field whose value in the user's input differs from the version saved meanwhile. */
export interface Difference {
  field: string;
  label: string;
  yours: ReactNode;
  saved: ReactNode;
}

/**
 * The fields of two versions whose values (as text) differ, in the order of `fields`; `show` turns a
 * value into what the table shows (an image for a logo).
 */
export function differencesOf<F extends string>(
  fields: ReadonlyArray<{ field: F; label: string }>,
  yours: Record<F, string>,
  saved: Record<F, string>,
  show: (field: F, value: string) => ReactNode = (_field, value) => value,
): Difference[] {
  return fields
    .filter(({ field }) => yours[field] !== saved[field])
    .map(({ field, label }) => ({ field, label, yours: show(field, yours[field]), saved: show(field, saved[field]) }));
}

/**
 * A save refused because someone else saved the same record in the meantime ('changedMeanwhile'):
 * says so, shows side by side what differs between the user's input (still in the form, nothing
 * lost) and the version saved now, and lets the user choose: save their input over it, or take the
 * saved version.
 */
export function ChangedMeanwhile({
  differences,
  busy,
  onKeepMine,
  onTakeSaved,
  children,
}: {
  differences: Difference[];
  busy: boolean;
  onKeepMine(): void;
  onTakeSaved(): void;
  /** More about the saved version (who saved it). */
  children?: ReactNode;
}) {
  const { t } = useT();
  const titleId = useId();
  return (
    <section className="changed-meanwhile" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('concurrency.title')}</h3>
      <Notice tone="error">{t('error.changedMeanwhile')}</Notice>
      {children}
      {differences.length === 0 ? (
        <p>{t('concurrency.noDifferences')}</p>
      ) : (
        <table className="changed-meanwhile__table">
          <caption>{t('concurrency.differences')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('concurrency.field')}</th>
              <th scope="col">{t('concurrency.yours')}</th>
              <th scope="col">{t('concurrency.saved')}</th>
            </tr>
          </thead>
          <tbody>
            {differences.map((difference) => (
              <tr key={difference.field}>
                <th scope="row">{difference.label}</th>
                <td>{difference.yours === '' ? <span className="muted">{t('concurrency.empty')}</span> : difference.yours}</td>
                <td>{difference.saved === '' ? <span className="muted">{t('concurrency.empty')}</span> : difference.saved}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={onKeepMine}>
          {t('concurrency.keepMine')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onTakeSaved}>
          {t('concurrency.takeSaved')}
        </button>
      </div>
    </section>
  );
}
