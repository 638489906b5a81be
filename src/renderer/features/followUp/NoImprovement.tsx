import { NO_IMPROVEMENT_TEXT, OUTCOME_MEASURES, textIn, type ImprovementAssessment } from '../../../shared/rules';
import { useT } from '../../i18n/LocaleContext';
import { ChangeArrow } from './ChangeArrow';

/** The live panel's "no improvement" signal, from the measures of the episode (first against latest value). */
export function NoImprovement({ assessment }: { assessment: ImprovementAssessment }) {
  const { t, locale, number } = useT();
  if (!assessment.noImprovement) return null;
  const text = (value: Parameters<typeof textIn>[0]) => textIn(value, locale.language);
  return (
    <section className="cp-block cp-block--within48h no-improvement" aria-labelledby="cp-no-improvement">
      <h2 id="cp-no-improvement">{t('followUp.noImprovement')}</h2>
      <p>{text(NO_IMPROVEMENT_TEXT)}</p>
      <ul className="cp-flags">
        {assessment.changes.map((change) => (
          <li key={change.measure}>
            {text(OUTCOME_MEASURES[change.measure].title)}: {number(change.before, 1)} → {number(change.after, 1)}{' '}
            <ChangeArrow direction={change.direction} meaningful={change.meaningful} />
          </li>
        ))}
      </ul>
    </section>
  );
}
