import { useEffect, useState, type FormEvent } from 'react';
import { toValidationIssues, type ApiError } from '../../../shared/ipc';
import { logoTypeOf, practiceSettingsUpdateSchema, type Jurisdiction, type Language, type SavedPracticeSettings } from '../../../shared/model';
import { call } from '../../api/client';
import { errorText, fieldErrors } from '../../api/errorText';
import { ChangedMeanwhile, differencesOf } from '../../components/ChangedMeanwhile';
import { Field } from '../../components/Field';
import { JurisdictionChoice, LanguageSelect } from '../../components/PracticeChoices';
import { Notice } from '../../components/Notice';
import { useUnsavedChangesGuard } from '../../app/useUnsavedChangesGuard';
import { useT, type Translator } from '../../i18n/LocaleContext';
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

function draftOf(settings: SavedPracticeSettings): Draft {
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

/** The fields in the order of the form, with their labels. */
function fieldsOf({ t }: Translator): Array<{ field: keyof Draft; label: string }> {
  return [
    { field: 'name', label: t('setup.practiceName') },
    { field: 'language', label: t('setup.language') },
    { field: 'jurisdiction', label: t('setup.jurisdiction') },
    { field: 'smallCellK', label: t('settings.smallCellK') },
    { field: 'orebroCutOff', label: t('settings.orebroCutOff') },
    { field: 'idleLockMinutes', label: t('settings.idleLockMinutes') },
    { field: 'address', label: t('settings.address') },
    { field: 'phone', label: t('settings.phone') },
    { field: 'email', label: t('settings.email') },
    { field: 'logo', label: t('settings.logo') },
  ];
}

/** The fields as text to compare: the logo as its base64, none as ''. */
function comparable(draft: Draft): Record<keyof Draft, string> {
  return { ...draft, logo: draft.logo ?? '' };
}

/** What the comparison shows of a value: the language and country by name, the logo as an image. */
function shown(field: keyof Draft, value: string, { t }: Translator) {
  if (field === 'language') return t(`language.${value as Language}`);
  if (field === 'jurisdiction') return t(`jurisdiction.${value as Jurisdiction}`);
  if (field !== 'logo') return value;
  if (value === '') return t('settings.noLogo');
  return <img src={`data:${logoTypeOf(value) ?? 'image/png'};base64,${value}`} alt={t('settings.logoPreview')} />;
}

/** The practice's details, the thresholds and the documents' letterhead, saved together. */
export function PracticeSettingsForm({ onSaved }: { onSaved(saved: SavedPracticeSettings, previous: SavedPracticeSettings): void }) {
  const translator = useT();
  const { t } = translator;
  const [saved, setSaved] = useState<SavedPracticeSettings | null>(null);
  // The settings someone else saved since this form read them, when a save was refused for it.
  const [savedMeanwhile, setSavedMeanwhile] = useState<SavedPracticeSettings | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  useUnsavedChangesGuard(dirty);

  useEffect(() => {
    void call('practice.settings', {}).then((result) => {
      if (!result.ok) return setFailure(result.error);
      setSaved(result.value);
      setDraft(draftOf(result.value));
    });
  }, []);

  const failureText = failure && errorText(failure, translator);
  if (!draft || !saved) return failureText ? <Notice tone="error">{failureText}</Notice> : <p className="muted">{t('common.loading')}</p>;

  function change(patch: Partial<Draft>) {
    setDraft((current) => (current ? { ...current, ...patch } : current));
    setDirty(true);
    setDone(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saved) await send(saved);
  }

  /** Saves the form as a change of `from`, the stored settings it started from. */
  async function send(from: SavedPracticeSettings) {
    if (!draft || !saved) return;
    const input = {
      ...draft,
      rowVersion: from.rowVersion,
      smallCellK: parseNumber(draft.smallCellK),
      idleLockMinutes: parseNumber(draft.idleLockMinutes),
      orebroCutOff: parseNumber(draft.orebroCutOff),
    };
    const parsed = practiceSettingsUpdateSchema.safeParse(input);
    const found = parsed.success ? {} : fieldErrors(toValidationIssues(parsed.error), translator);
    for (const key of ['smallCellK', 'idleLockMinutes', 'orebroCutOff'] as const) {
      if (Number.isNaN(input[key])) found[key] = t('validation.number');
    }
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const result = await call('practice.updateSettings', input);
    if (!result.ok && result.error.code === 'changedMeanwhile') {
      // Nothing was written: the input stays, beside what is stored now.
      const current = await call('practice.settings', {});
      setBusy(false);
      return current.ok ? setSavedMeanwhile(current.value) : setFailure(current.error);
    }
    setBusy(false);
    if (!result.ok) {
      if (result.error.code === 'validation') setErrors(fieldErrors(result.error.issues, translator));
      return setFailure(result.error);
    }
    setSaved(result.value);
    setDraft(draftOf(result.value));
    setSavedMeanwhile(null);
    setDirty(false);
    setDone(true);
    onSaved(result.value, saved);
  }

  return (
    <form className="panel settings__form" onSubmit={submit} noValidate aria-labelledby="practice-settings-title">
      <h2 id="practice-settings-title">{t('settings.practiceSection')}</h2>
      {failureText && <Notice tone="error">{failureText}</Notice>}
      {savedMeanwhile && (
        <ChangedMeanwhile
          differences={differencesOf(fieldsOf(translator), comparable(draft), comparable(draftOf(savedMeanwhile)), (field, value) => shown(field, value, translator))}
          busy={busy}
          onKeepMine={() => void send(savedMeanwhile)}
          onTakeSaved={() => {
            setSaved(savedMeanwhile);
            setDraft(draftOf(savedMeanwhile));
            setSavedMeanwhile(null);
            setErrors({});
            setDirty(false);
            onSaved(savedMeanwhile, saved);
          }}
        />
      )}
      <div className="form-grid">
        <Field label={t('setup.practiceName')} error={errors.name}>
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
        <Field label={t('settings.smallCellK')} hint={t('settings.smallCellKHint')} error={errors.smallCellK}>
          {(props) => (
            <input {...props} inputMode="numeric" className="settings__number" value={draft.smallCellK} onChange={(e) => change({ smallCellK: e.target.value })} />
          )}
        </Field>
        <Field label={t('settings.orebroCutOff')} hint={t('settings.orebroCutOffHint')} error={errors.orebroCutOff}>
          {(props) => (
            <input {...props} inputMode="numeric" className="settings__number" value={draft.orebroCutOff} onChange={(e) => change({ orebroCutOff: e.target.value })} />
          )}
        </Field>
        <Field label={t('settings.idleLockMinutes')} hint={t('settings.idleLockMinutesHint')} error={errors.idleLockMinutes}>
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
        <Field label={t('settings.address')} hint={t('settings.addressHint')} error={errors.address}>
          {(props) => <textarea {...props} rows={4} value={draft.address} onChange={(e) => change({ address: e.target.value })} />}
        </Field>
        <div>
          <Field label={t('settings.phone')} error={errors.phone}>
            {(props) => <input {...props} type="tel" autoComplete="tel" value={draft.phone} onChange={(e) => change({ phone: e.target.value })} />}
          </Field>
          <Field label={t('settings.email')} error={errors.email}>
            {(props) => <input {...props} type="email" autoComplete="email" value={draft.email} onChange={(e) => change({ email: e.target.value })} />}
          </Field>
        </div>
      </div>
      <LogoPicker logo={draft.logo} error={errors.logo} onChange={(logo) => change({ logo })} />

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('common.saving') : t('settings.save')}
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
