import { CHANGE_LABELS, textIn, type ChangeDirection } from '../../../shared/rules';
import { useT } from '../../i18n/LocaleContext';

const ARROW: Record<ChangeDirection, string> = { better: '▲', worse: '▼', unchanged: '=' };

/** Better / worse / unchanged as an arrow with its word (and 'meaningful' when the change reaches the MIC). */
export function ChangeArrow({ direction, meaningful = false }: { direction: ChangeDirection; meaningful?: boolean }) {
  const { t, locale } = useT();
  return (
    <span className={`change change--${direction}${meaningful ? ' change--meaningful' : ''}`}>
      <span aria-hidden="true">{ARROW[direction]} </span>
      {textIn(CHANGE_LABELS[direction], locale.language)}
      {meaningful && ` · ${t('followUp.meaningful')}`}
    </span>
  );
}
