import { useEffect, useState, type FormEvent } from 'react';
import { logoTypeOf, practiceSettingsUpdateSchema, type Jurisdiction, type Language, type SavedPracticeSettings } from '../../../shared/model';
import { call } from '../../api/client';
import { useSubmitForm } from '../../api/useSubmitForm';
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
    const notNumbers = (['smallCellK', 'idleLockMinutes', 'orebroCutOff'] as const).filter((key) => Number.isNaN(input[key]));
    if (form.check(practiceSettingsUpdateSchema, input, Object.fromEntries(notNumbers.map((key) => [key, 'validation.number' as const]))) === null) return;
    const result = await form.send(() => call('practice.updateSettings', input), undefined, async () => {
      const current = await call('practice.settings', {});
      if (current.ok) setSavedMeanwhile(current.value);
      else setFailure(current.error);
    });
    if (result === null) return;
    setSaved(result.value);
    setDraft(draftOf(result.value));
    setSavedMeanwhile(null);
    setDirty(false);
    setDone(true);
    onSaved(result.value, saved);
  }

  return (
    <form ref={form.ref} className="panel settings__form" onSubmit={submit} noValidate aria-labelledby="practice-settings-title">
      <h2 id="practice-settings-title">{t('settings.practiceSection')}</h2>
      {form.failure && <Notice tone="error">{form.failure}</Notice>}
      {savedMeanwhile && (
        <ChangedMeanwhile
          differences={differencesOf(fieldsOf(translator), comparable(draft), comparable(draftOf(savedMeanwhile)), (field, value) => shown(field, value, translator))}
          busy={form.busy}
          onKeepMine={() => void send(savedMeanwhile)}
          onTakeSaved={() => {
            setSaved(savedMeanwhile);
            setDraft(draftOf(savedMeanwhile));
            setSavedMeanwhile(null);
            form.setErrors({});
            setDirty(false);
            onSaved(savedMeanwhile, saved);
          }}
        />
      )}
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
