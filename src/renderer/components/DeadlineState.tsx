import type { LegalMilestoneLine } from '../../shared/channels/dossierChannels';
import { type IsoDate, type MilestoneState, deadlineStatus } from '../../shared/rules';
import { useT } from '../i18n/LocaleContext';

/**
 * A deadline's state in words (done on its date, overdue, due soon, coming or passed), so that it
 * never rests on colour alone; the colour follows from the class.
 */
export function DeadlineState({ state, due, doneOn, today }: { state: MilestoneState; due: IsoDate; doneOn: IsoDate | null; today: IsoDate }) {
  const { t, date } = useT();
  const status = deadlineStatus(state, due, today);
  const text = status === 'done' ? t('glance.state.done', { date: date(doneOn ?? due) }) : t(`glance.state.${status}`);
  return <span className={`deadline-state deadline-state--${status}`}>{text}</span>;
}

/** The state of a milestone of the open case as main worked it out (the dossier's); nothing without one. */
export function MilestoneLineState({ line, today }: { line: LegalMilestoneLine | undefined; today: IsoDate }) {
  return line === undefined ? null : <DeadlineState state={line.state} due={line.due} doneOn={line.doneOn} today={today} />;
}
