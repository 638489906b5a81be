import { redFlagObservationLabel, type RedFlagObservationField } from '../../../shared/model';
import { DERIVED_RED_FLAG_CODES, RED_FLAG_LABELS, textIn, type RedFlagCode } from '../../../shared/rules';
import type { MessageKey } from '../../../shared/i18n';
import { useT } from '../../i18n/LocaleContext';
import type { SectionProps } from './sectionProps';

const GROUPS: ReadonlyArray<{ title: MessageKey; fields: RedFlagObservationField[] }> = [
  {
    title: 'intake.redFlags.emergency',
    fields: ['saddleAnaesthesia', 'bladderOrBowelDysfunction', 'severeOrProgressiveMotorDeficit', 'widespreadNeurologicalSymptoms', 'vascularSigns', 'significantTrauma'],
  },
  {
    title: 'intake.redFlags.serious',
    fields: ['osteoporosisOrLongTermCorticosteroids', 'historyOfCancer', 'unexplainedWeightLoss', 'constantNonMechanicalPain', 'fever', 'immunosuppressionOrIvDrugUse'],
  },
  {
    title: 'intake.redFlags.nerveAndInflammation',
    fields: ['numbnessOrTingling', 'morningStiffnessOver30Min', 'improvesWithExerciseNotRest', 'wakesInSecondHalfOfNight', 'alternatingButtockPain'],
  },
];

const INFLAMMATORY_FEATURES = ['morningStiffnessOver30Min', 'improvesWithExerciseNotRest', 'wakesInSecondHalfOfNight', 'alternatingButtockPain'] as const;

/** The flags the app derives itself, as read-only lines: what it used and whether the flag holds. */
function DerivedFlags({ form, live }: Pick<SectionProps, 'form' | 'live'>) {
  const { t, locale } = useT();
  const screening = live.kind === 'full' ? live.evaluation.redFlags : live.redFlags;
  const weeks = live.kind === 'full' ? live.evaluation.phase.weeks : null;
  const c = form.complaint;
  const typedFirstAge = c.firstEverEpisode ? null : Number.parseInt(c.ageAtFirstEverOnset, 10);
  const firstAge = typedFirstAge !== null && Number.isInteger(typedFirstAge) ? typedFirstAge : live.kind === 'full' ? live.evaluation.ageAtOnset : null;
  const features = INFLAMMATORY_FEATURES.filter((field) => form.redFlags[field]).length;
  const detail = (code: RedFlagCode): string => {
    if (code === 'atypicalAge') return firstAge === null ? t('screening.derived.ageUnknown') : t('screening.derived.age', { age: firstAge });
    if (code === 'unexpectedCourse') {
      return t('screening.derived.course', { course: c.course === '' ? '–' : t(`intake.course.${c.course}`), weeks: weeks ?? '–' });
    }
    return t('screening.derived.inflammatory', { features, weeks: weeks ?? '–' });
  };
  return (
    <fieldset className="checklist">
      <legend>{t('screening.derived')}</legend>
      <ul className="derived-flags">
        {DERIVED_RED_FLAG_CODES.map((code) => {
          const present = screening.flags.some((flag) => flag.code === code);
          return (
            <li key={code} className={present ? 'derived-flag derived-flag--present' : 'derived-flag'}>
              <span aria-hidden="true">{present ? '●' : '○'}</span>{' '}
              <span>
                {textIn(RED_FLAG_LABELS[code], locale.language, locale.jurisdiction)} — {detail(code)} ·{' '}
                <strong>{t(present ? 'screening.derived.present' : 'screening.derived.absent')}</strong>
              </span>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/**
 * The red-flag checklist: tick what is present, or confirm that none is; the live panel shows what
 * it means. Ticking a finding counts as having gone through the list; the derived flags show
 * read-only below it.
 */
export function RedFlagSection({ form, update, error, live }: SectionProps) {
  const { t, locale } = useT();
  const label = (field: RedFlagObservationField) =>
    redFlagObservationLabel(field, { t, rule: (value) => textIn(value, locale.language, locale.jurisdiction) });
  const anyTicked = Object.values(form.redFlags).some(Boolean);
  const screeningError = error('redFlagsScreened');
  return (
    <>
      <p className="muted">{t('intake.redFlags.hint')}</p>
      {GROUPS.map((group) => (
        <fieldset key={group.title} className="checklist">
          <legend>{t(group.title)}</legend>
          <div className="checklist__items">
            {group.fields.map((field) => (
              <label key={field} className="checklist__item">
                <input
                  type="checkbox"
                  checked={form.redFlags[field]}
                  onChange={(event) =>
                    update((f) => ({ ...f, redFlagsScreened: true, redFlags: { ...f.redFlags, [field]: event.target.checked } }))
                  }
                />
                <span>{label(field)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className={screeningError ? 'screening-confirm screening-confirm--invalid' : 'screening-confirm'}>
        <label className="checklist__item">
          <input
            type="checkbox"
            checked={form.redFlagsScreened}
            aria-invalid={screeningError ? true : undefined}
            aria-describedby={screeningError ? 'red-flags-screened-error' : undefined}
            onChange={(event) => update((f) => ({ ...f, redFlagsScreened: event.target.checked }))}
          />
          <span>{t(anyTicked ? 'screening.restConfirmed' : 'screening.noneConfirmed')}</span>
        </label>
        {screeningError && (
          <p id="red-flags-screened-error" className="field__error" role="alert">
            {screeningError}
          </p>
        )}
      </div>
      <DerivedFlags form={form} live={live} />
    </>
  );
}
