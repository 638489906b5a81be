import { useEffect, useState, type FormEvent } from 'react';
import { practiceSettingsUpdateSchema, type Jurisdiction, type Language, type PracticeSettings } from '../../../shared/model';
import { call } from '../../api/client';
import { useSubmitForm } from '../../api/useSubmitForm';
import { Field } from '../../components/Field';
import { JurisdictionChoice, LanguageSelect } from '../../components/PracticeChoices';
import { Notice } from '../../components/Notice';
import { useUnsavedChangesGuard } from '../../app/useUnsavedChangesGuard';
import { useT } from '../../i18n/LocaleContext';
import { parseNumber } from '../../i18n/typedNumber';
import { LogoPicker } from './LogoPicker';

/** The form's fields: the settings with the numbers as typed. */
interface Draft {
  name: string;
  jurisdiction: Jurisdiction;
  language: Language;
  smallCellK: string;
  idleLockMinutes: string;
  orebroCutOff: string;
  address: string;
  phone: string;
  email: string;
  logo: string | null;
}

function draftOf(settings: PracticeSettings): Draft {
  return {
    name: settings.name,
    jurisdiction: settings.jurisdiction,
    language: settings.language,
    smallCellK: String(settings.smallCellK),
    idleLockMinutes: String(settings.idleLockMinutes),
    orebroCutOff: String(settings.orebroCutOff),
    address: settings.address ?? '',
    phone: settings.phone ?? '',
    email: settings.email ?? '',
    logo: settings.logo,
  };
}

/** The practice's details, the thresholds and the documents' letterhead, saved together. */
export function PracticeSettingsForm({ onSaved }: { onSaved(saved: PracticeSettings, previous: PracticeSettings): void }) {
  const { t } = useT();
  const [saved, setSaved] = useState<PracticeSettings | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [dirty, setDirty] = useState(false);
  const form = useSubmitForm();
  const { setFailure } = form;
  const [done, setDone] = useState(false);
  useUnsavedChangesGuard(dirty);

  useEffect(() => {
    void call('practice.settings', {}).then((result) => {
      if (!result.ok) return setFailure(result.error);
      setSaved(result.value);
      setDraft(draftOf(result.value));
    });
  }, [setFailure]);

  if (!draft || !saved) return form.failure ? <Notice tone="error">{form.failure}</Notice> : <p className="muted">{t('common.loading')}</p>;

  function change(patch: Partial<Draft>) {
    setDraft((current) => (current ? { ...current, ...patch } : current));
    setDirty(true);
    setDone(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft || !saved) return;
    const input = {
      ...draft,
      smallCellK: parseNumber(draft.smallCellK),
      idleLockMinutes: parseNumber(draft.idleLockMinutes),
      orebroCutOff: parseNumber(draft.orebroCutOff),
    };
    const notNumbers = (['smallCellK', 'idleLockMinutes', 'orebroCutOff'] as const).filter((key) => Number.isNaN(input[key]));
    if (form.check(practiceSettingsUpdateSchema, input, Object.fromEntries(notNumbers.map((key) => [key, t('validation.number')]))) === null) return;
    const result = await form.send(() => call('practice.updateSettings', input));
    if (result === null) return;
    setSaved(result.value);
    setDraft(draftOf(result.value));
    setDirty(false);
    setDone(true);
    onSaved(result.value, saved);
  }

  return (
    <form ref={form.ref} className="panel settings__form" onSubmit={submit} noValidate aria-labelledby="practice-settings-title">
      <h2 id="practice-settings-title">{t('settings.practiceSection')}</h2>
      {form.failure && <Notice tone="error">{form.failure}</Notice>}
      <div className="form-grid">
        <Field label={t('setup.practiceName')} error={form.errors.name}>
          {(props) => <input {...props} value={draft.name} onChange={(e) => change({ name: e.target.value })} />}
        </Field>
        <Field label={t('setup.language')} hint={t('settings.languageHint')}>
          {(props) => <LanguageSelect {...props} value={draft.language} onChange={(language) => change({ language })} />}
        </Field>
      </div>
      <JurisdictionChoice
        name="settings-jurisdiction"
        value={draft.jurisdiction}
        hint={t('settings.jurisdictionHint')}
        onChange={(jurisdiction) => change({ jurisdiction })}
      />

      <h3>{t('settings.thresholdsSection')}</h3>
      <div className="settings__thresholds">
        <Field label={t('settings.smallCellK')} hint={t('settings.smallCellKHint')} error={form.errors.smallCellK}>
          {(props) => (
            <input {...props} inputMode="numeric" className="settings__number" value={draft.smallCellK} onChange={(e) => change({ smallCellK: e.target.value })} />
          )}
        </Field>
        <Field label={t('settings.orebroCutOff')} hint={t('settings.orebroCutOffHint')} error={form.errors.orebroCutOff}>
          {(props) => (
            <input {...props} inputMode="numeric" className="settings__number" value={draft.orebroCutOff} onChange={(e) => change({ orebroCutOff: e.target.value })} />
          )}
        </Field>
        <Field label={t('settings.idleLockMinutes')} hint={t('settings.idleLockMinutesHint')} error={form.errors.idleLockMinutes}>
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              className="settings__number"
              value={draft.idleLockMinutes}
              onChange={(e) => change({ idleLockMinutes: e.target.value })}
            />
          )}
        </Field>
      </div>

      <h3>{t('settings.letterheadSection')}</h3>
      <p className="lead">{t('settings.letterheadHint')}</p>
      <div className="settings__letterhead">
        <Field label={t('settings.address')} hint={t('settings.addressHint')} error={form.errors.address}>
          {(props) => <textarea {...props} rows={4} value={draft.address} onChange={(e) => change({ address: e.target.value })} />}
        </Field>
        <div>
          <Field label={t('settings.phone')} error={form.errors.phone}>
            {(props) => <input {...props} type="tel" autoComplete="tel" value={draft.phone} onChange={(e) => change({ phone: e.target.value })} />}
          </Field>
          <Field label={t('settings.email')} error={form.errors.email}>
            {(props) => <input {...props} type="email" autoComplete="email" value={draft.email} onChange={(e) => change({ email: e.target.value })} />}
          </Field>
        </div>
      </div>
      <LogoPicker logo={draft.logo} error={form.errors.logo} onChange={(logo) => change({ logo })} />

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {form.busy ? t('common.saving') : t('settings.save')}
        </button>
        {done && (
          <span className="form-actions__status" role="status">
            ✓ {t('settings.saved')}
          </span>
        )}
      </div>
    </form>
  );
}
