import type { RedFlagObservationField } from '../../../shared/model';
import { RED_FLAG_LABELS, textIn, type RedFlagCode } from '../../../shared/rules';
import type { MessageKey } from '../../../shared/i18n';
import { useT } from '../../i18n/LocaleContext';
import type { SectionProps } from './sectionProps';

/** The checklist's label: the rules' red-flag name, or a label for the signs that are not flags by themselves. */
const LABEL_OF: Record<RedFlagObservationField, RedFlagCode | MessageKey> = {
  saddleAnaesthesia: 'saddleAnaesthesia',
  bladderOrBowelDysfunction: 'bladderOrBowelDysfunction',
  severeOrProgressiveMotorDeficit: 'motorDeficit',
  widespreadNeurologicalSymptoms: 'widespreadNeurological',
  vascularSigns: 'vascularSigns',
  significantTrauma: 'significantTrauma',
  osteoporosisOrLongTermCorticosteroids: 'osteoporosisOrCorticosteroids',
  historyOfCancer: 'historyOfCancer',
  unexplainedWeightLoss: 'weightLoss',
  constantNonMechanicalPain: 'nonMechanicalPain',
  fever: 'fever',
  immunosuppressionOrIvDrugUse: 'immunosuppression',
  numbnessOrTingling: 'intake.sign.numbnessOrTingling',
  morningStiffnessOver30Min: 'intake.sign.morningStiffnessOver30Min',
  improvesWithExerciseNotRest: 'intake.sign.improvesWithExerciseNotRest',
  wakesInSecondHalfOfNight: 'intake.sign.wakesInSecondHalfOfNight',
  alternatingButtockPain: 'intake.sign.alternatingButtockPain',
};

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

/** The red-flag checklist: tick what is present; the live panel shows what it means. */
export function RedFlagSection({ form, update }: SectionProps) {
  const { t, locale } = useT();
  const label = (field: RedFlagObservationField) => {
    const key = LABEL_OF[field];
    return key in RED_FLAG_LABELS ? textIn(RED_FLAG_LABELS[key as RedFlagCode], locale.language, locale.jurisdiction) : t(key as MessageKey);
  };
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
                  onChange={(event) => update((f) => ({ ...f, redFlags: { ...f.redFlags, [field]: event.target.checked } }))}
                />
                <span>{label(field)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}
