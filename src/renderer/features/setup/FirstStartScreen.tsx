import { useState, type FormEvent } from 'react';
import { channels } from '../../../shared/ipc';
import type { Jurisdiction, Language } from '../../../shared/model';
import { call } from '../../api/client';
import { useSubmitForm, type FieldProblem } from '../../api/useSubmitForm';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { JurisdictionChoice, LanguageSelect } from '../../components/PracticeChoices';
import { useT } from '../../i18n/LocaleContext';
import { PracticeServerForm } from './PracticeServerForm';

/** First start: the practice's settings and the first (doctor's) account, or the practice server's address. */
export function FirstStartScreen({
  onDone,
  onLanguage,
}: {
  onDone(): void;
  onLanguage(language: Language): void;
}) {
  const [usingServer, setUsingServer] = useState(false);
  if (usingServer) return <PracticeServerForm onChosen={onDone} onBack={() => setUsingServer(false)} />;
  return <NewPracticeForm onDone={onDone} onLanguage={onLanguage} onPracticeServer={() => setUsingServer(true)} />;
}

function NewPracticeForm({
  onDone,
  onLanguage,
  onPracticeServer,
}: {
  onDone(): void;
  onLanguage(language: Language): void;
  onPracticeServer(): void;
}) {
  const translator = useT();
  const { t } = translator;
  const [name, setName] = useState('');
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction>('NL');
  const [language, setLanguage] = useState<Language>(translator.locale.language);
  const [accountName, setAccountName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const form = useSubmitForm();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      practice: { name, jurisdiction, language },
      account: { name: accountName, role: 'doctor' as const, passphrase },
    };
    const mismatch: Record<string, FieldProblem> = passphrase === repeat ? {} : { repeat: 'validation.passphraseMismatch' };
    if (form.check(channels['practice.initialize'].input, input, mismatch) === null) return;
    if (await form.send(() => call('practice.initialize', input))) onDone();
  }

  return (
    <main className="welcome">
      <form ref={form.ref} className="welcome__card" onSubmit={submit} noValidate>
        <h1>{t('setup.title')}</h1>
        <p className="lead">{t('setup.intro')}</p>
        {form.failure && <Notice tone="error">{form.failure}</Notice>}
        <fieldset>
          <legend>{t('setup.practiceSection')}</legend>
          <Field label={t('setup.practiceName')} error={form.errors['practice.name']}>
            {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} autoFocus />}
          </Field>
          <JurisdictionChoice name="jurisdiction" value={jurisdiction} hint={t('setup.jurisdictionHint')} onChange={setJurisdiction} />
          <Field label={t('setup.language')}>
            {(props) => (
              <LanguageSelect
                {...props}
                value={language}
                onChange={(chosen) => {
                  setLanguage(chosen);
                  onLanguage(chosen);
                }}
              />
            )}
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('setup.accountSection')}</legend>
          <p className="field__hint">{t('setup.accountHint')}</p>
          <Field label={t('setup.accountName')} error={form.errors['account.name']}>
            {(props) => (
              <input {...props} value={accountName} autoComplete="name" onChange={(e) => setAccountName(e.target.value)} />
            )}
          </Field>
          <Field label={t('setup.role')}>
            {(props) => <input {...props} value={t('role.doctor')} readOnly />}
          </Field>
          <Field label={t('setup.passphrase')} hint={t('setup.passphraseHint')} error={form.errors['account.passphrase']}>
            {(props) => (
              <input
                {...props}
                type="password"
                autoComplete="new-password"
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('setup.passphraseRepeat')} error={form.errors.repeat}>
            {(props) => (
              <input
                {...props}
                type="password"
                autoComplete="new-password"
                value={repeat}
                onChange={(e) => setRepeat(e.target.value)}
              />
            )}
          </Field>
        </fieldset>
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {form.busy ? t('common.saving') : t('setup.submit')}
        </button>
        <button type="button" className="button button--quiet-dark" onClick={onPracticeServer}>
          {t('practiceServer.link')}
        </button>
      </form>
    </main>
  );
}
