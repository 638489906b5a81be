import { useState } from 'react';
import type { LegalMilestoneLine } from '../../../shared/channels/dossierChannels';
import { useT } from '../../i18n/LocaleContext';
import { legalMilestoneLabel } from './legalMilestoneLabel';

function Step({ line }: { line: LegalMilestoneLine }) {
  const translator = useT();
  const { t, date } = translator;
  const state =
    line.state === 'done' && line.doneOn !== null ? t('glance.state.done', { date: date(line.doneOn) }) : t(`glance.state.${line.state}`);
  return (
    <li className={`due legal-step legal-step--${line.state}`}>
      <span className="due__date">{date(line.due)}</span>
      <span>
        {legalMilestoneLabel(line, translator)}
        {line.week !== null && <span className="muted"> · {t('glance.legal.week', { week: line.week })}</span>}
      </span>
      <span className="legal-step__state">{state}</span>
    </li>
  );
}

/**
 * The legal milestones of the case with their state: overdue (in red) and the next ones first; what
 * lies more than three months ahead, and what is done or passed, one click away.
 */
export function LegalSteps({ lines }: { lines: LegalMilestoneLine[] }) {
  const { t, plural } = useT();
  const [showLater, setShowLater] = useState(false);
  const [showDone, setShowDone] = useState(false);
  const open = lines.filter((l) => (l.state === 'overdue' || l.state === 'coming') && !l.folded);
  const later = lines.filter((l) => l.folded);
  const done = lines.filter((l) => l.state === 'done' || l.state === 'passed');
  return (
    <section className="panel" aria-labelledby="legal-steps-title">
      <h2 id="legal-steps-title">{t('glance.legal.title')}</h2>
      {lines.length === 0 && <p className="muted">{t('glance.legal.none')}</p>}
      {open.length > 0 && (
        <ul className="due-list" aria-label={t('glance.legal.title')}>
          {open.map((line) => (
            <Step key={`${line.scheme}-${line.code}`} line={line} />
          ))}
        </ul>
      )}
      {later.length > 0 && (
        <>
          <button type="button" className="link-button" aria-expanded={showLater} onClick={() => setShowLater(!showLater)}>
            {plural('glance.legal.later', later.length)}
          </button>
          {showLater && (
            <ul className="due-list">
              {later.map((line) => (
                <Step key={`${line.scheme}-${line.code}`} line={line} />
              ))}
            </ul>
          )}
        </>
      )}
      {done.length > 0 && (
        <>
          <button type="button" className="link-button legal-steps__toggle" aria-expanded={showDone} onClick={() => setShowDone(!showDone)}>
            {plural('glance.legal.done', done.length)}
          </button>
          {showDone && (
            <ul className="due-list">
              {done.map((line) => (
                <Step key={`${line.scheme}-${line.code}`} line={line} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
