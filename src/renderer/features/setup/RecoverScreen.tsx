import { useState, type FormEvent } from 'react';
import { channels } from '../../../shared/ipc';
import { call } from '../../api/client';
import { useSubmitForm } from '../../api/useSubmitForm';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

/** Forgotten passphrase: the practice's recovery key sets a new one for the named account. */
export function RecoverScreen({ onRecovered, onBack }: { onRecovered(): void; onBack(): void }) {
  const translator = useT();
  const { t } = translator;
  const [recoveryKey, setRecoveryKey] = useState('');
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const form = useSubmitForm();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { recoveryKey, name, passphrase };
    if (form.check(channels['auth.recover'].input, input) === null) return;
    const recovered = await form.send(
      () => call('auth.recover', input),
      (error) => (error.code === 'invalidRecoveryKey' ? { recoveryKey: error } : null),
    );
    if (recovered) onRecovered();
  }

  return (
    <main className="welcome">
      <form ref={form.ref} className="welcome__card welcome__card--narrow" onSubmit={submit} noValidate>
        <p className="welcome__brand">{t('app.name')}</p>
        <h1>{t('recover.title')}</h1>
        <p className="lead">{t('recover.intro')}</p>
        {form.failure && <Notice tone="error">{form.failure}</Notice>}
        <Field label={t('recoveryKey.label')} error={form.errors.recoveryKey}>
          {(props) => (
            <input {...props} value={recoveryKey} autoComplete="off" spellCheck={false} autoFocus onChange={(e) => setRecoveryKey(e.target.value)} />
          )}
        </Field>
        <Field label={t('signIn.name')} error={form.errors.name}>
          {(props) => <input {...props} value={name} autoComplete="username" onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('recover.newPassphrase')} hint={t('setup.passphraseHint')} error={form.errors.passphrase}>
          {(props) => (
            <input {...props} type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {t('recover.submit')}
        </button>
        <button type="button" className="button button--quiet-dark" onClick={onBack}>
          {t('recover.back')}
        </button>
      </form>
    </main>
  );
}
