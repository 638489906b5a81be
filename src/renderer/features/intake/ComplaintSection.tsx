import { DateInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/LocaleContext';
import { ChoiceGroup } from './controls';
import type { IntakeForm } from './intakeForm';
import { quickEntryProps, RATING_0_TO_10 } from './quickEntry';
import type { SectionProps } from './sectionProps';

/** Complaint: onset, pain, radiation, course, previous episodes, work status and sick leave. */
export function ComplaintSection({ form, update, error, today, currentEpisode, context }: SectionProps) {
  const { t, date } = useT();
  const c = form.complaint;
  const setComplaint = (field: Exclude<keyof IntakeForm['complaint'], 'firstEverEpisode'>) => (value: string) =>
    update((f) => ({ ...f, complaint: { ...f.complaint, [field]: value } }));
  const offWork = c.workStatus === 'offWork' || c.workStatus === 'partlyWorking';

  return (
    <>
      <div className="form-grid">
        <Field label={t('intake.consultationDate')} hint={t('intake.dateHint')} error={error('consultationDate')}>
          {(props) => (
            <DateInput {...props} value={form.consultationDate} today={today} onChange={(v) => update((f) => ({ ...f, consultationDate: v }))} />
          )}
        </Field>
        <Field label={t('intake.onsetDate')} hint={t('intake.dateHint')} error={error('complaint.onsetDate')}>
          {(props) => <DateInput {...props} value={c.onsetDate} today={today} onChange={setComplaint('onsetDate')} />}
        </Field>
        <Field label={t('intake.painScore')} hint={t('intake.painScoreHint')} error={error('complaint.painScore')}>
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              autoComplete="off"
              value={c.painScore}
              onChange={(e) => setComplaint('painScore')(e.target.value)}
              {...quickEntryProps('pain-now', RATING_0_TO_10, setComplaint('painScore'))}
            />
          )}
        </Field>
      </div>
      {currentEpisode && (
        <ChoiceGroup
          legend={t('intake.episode')}
          name="episode"
          value={form.episodeId === null ? 'new' : 'continue'}
          options={[
            { value: 'continue', label: t('intake.episodeContinue', { date: date(currentEpisode.onsetDate) }) },
            { value: 'new', label: t('intake.episodeNew') },
          ]}
          onChange={(choice) => update((f) => ({ ...f, episodeId: choice === 'new' ? null : currentEpisode.id }))}
        />
      )}
      <ChoiceGroup
        legend={t('intake.radiation')}
        name="radiation"
        value={c.radiation}
        error={error('complaint.radiation')}
        options={(['none', 'buttockOrThigh', 'belowKnee'] as const).map((value) => ({ value, label: t(`intake.radiation.${value}`) }))}
        onChange={setComplaint('radiation')}
      />
      <ChoiceGroup
        legend={t('intake.course')}
        name="course"
        value={c.course}
        error={error('complaint.course')}
        options={(['improving', 'fluctuating', 'unchanged', 'worsening'] as const).map((value) => ({ value, label: t(`intake.course.${value}`) }))}
        onChange={setComplaint('course')}
      />
      <ChoiceGroup
        legend={t('intake.previousEpisodes')}
        name="previous"
        value={c.previousEpisodes}
        error={error('complaint.previousEpisodes')}
        options={(['none', 'once', 'several'] as const).map((value) => ({ value, label: t(`intake.previousEpisodes.${value}`) }))}
        onChange={setComplaint('previousEpisodes')}
      />
      <div className="first-episode">
        <label className="checklist__item">
          <input
            type="checkbox"
            checked={c.firstEverEpisode}
            onChange={(event) => update((f) => ({ ...f, complaint: { ...f.complaint, firstEverEpisode: event.target.checked } }))}
          />
          <span>{t('intake.firstEverEpisode')}</span>
        </label>
        {!c.firstEverEpisode && (
          <div className="form-grid">
            <Field label={t('intake.ageAtFirstEverOnset')} hint={t('intake.ageAtFirstEverOnsetHint')} error={error('complaint.ageAtFirstEverOnset')}>
              {(props) => (
                <input
                  {...props}
                  inputMode="numeric"
                  autoComplete="off"
                  value={c.ageAtFirstEverOnset}
                  onChange={(e) => setComplaint('ageAtFirstEverOnset')(e.target.value)}
                />
              )}
            </Field>
          </div>
        )}
      </div>
      <ChoiceGroup
        legend={t('intake.workStatus')}
        name="work-status"
        value={c.workStatus}
        error={error('complaint.workStatus')}
        options={(['working', 'partlyWorking', 'offWork'] as const).map((value) => ({ value, label: t(`intake.workStatus.${value}`) }))}
        onChange={setComplaint('workStatus')}
      />
      <div className="form-grid">
        <Field
          label={offWork ? t('intake.sickLeaveStart') : `${t('intake.sickLeaveStart')} (${t('common.optional')})`}
          hint={t('intake.dateHint')}
          error={error('complaint.sickLeaveStart')}
        >
          {(props) => <DateInput {...props} value={c.sickLeaveStart} today={today} onChange={setComplaint('sickLeaveStart')} />}
        </Field>
        <Field label={`${t('intake.sickLeaveEnd')} (${t('common.optional')})`} hint={t('intake.sickLeaveEndHint')} error={error('complaint.sickLeaveEnd')}>
          {(props) => <DateInput {...props} value={c.sickLeaveEnd} today={today} onChange={setComplaint('sickLeaveEnd')} />}
        </Field>
        {context.jurisdiction === 'NL' && (
          <Field
            label={`${t('followUp.probleemanalyseDate')} (${t('common.optional')})`}
            hint={t('followUp.probleemanalyseHint')}
            error={error('complaint.probleemanalyseDate')}
          >
            {(props) => <DateInput {...props} value={c.probleemanalyseDate} today={today} onChange={setComplaint('probleemanalyseDate')} />}
          </Field>
        )}
        {context.jurisdiction === 'NL' ? (
          <Field
            label={`${t('intake.planVanAanpakDate')} (${t('common.optional')})`}
            hint={t('intake.planVanAanpakHint')}
            error={error('complaint.planVanAanpakDate')}
          >
            {(props) => <DateInput {...props} value={c.planVanAanpakDate} today={today} onChange={setComplaint('planVanAanpakDate')} />}
          </Field>
        ) : (
          <Field
            label={t('intake.lbpDays')}
            hint={t('intake.lbpDaysHint')}
            error={error('complaint.lbpIncapacityDaysPrevious12Months')}
          >
            {(props) => (
              <input
                {...props}
                inputMode="numeric"
                autoComplete="off"
                value={c.lbpIncapacityDaysPrevious12Months}
                onChange={(e) => setComplaint('lbpIncapacityDaysPrevious12Months')(e.target.value)}
              />
            )}
          </Field>
        )}
      </div>
    </>
  );
}
