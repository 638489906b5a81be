import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { toValidationIssues, type ApiError } from '../../../shared/ipc';
import { newAccountSchema, role as roleSchema, type Role, type User } from '../../../shared/model';
import { call } from '../../api/client';
import { errorText, fieldErrors } from '../../api/errorText';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

const roles: readonly Role[] = roleSchema.options;

/** The practice's accounts, and a form to add one. */
export function AccountsPanel() {
  const translator = useT();
  const { t } = translator;
  const [accounts, setAccounts] = useState<User[] | null>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('doctor');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const result = await call('accounts.list', {});
    if (result.ok) setAccounts(result.value);
    else setFailure(result.error);
  }, []);
  useEffect(() => void load(), [load]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    setFailure(null);
    const input = { name, role, passphrase };
    const parsed = newAccountSchema.safeParse(input);
    const found = parsed.success ? {} : fieldErrors(toValidationIssues(parsed.error), translator);
    if (passphrase !== repeat && !found.passphrase) found.repeat = t('validation.passphraseMismatch');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const result = await call('accounts.create', input);
    setBusy(false);
    if (result.ok) {
      setAdded(result.value.name);
      setName('');
      setPassphrase('');
      setRepeat('');
      return void load();
    }
    if (result.error.code === 'duplicateAccount') return setErrors({ name: errorText(result.error, translator) });
    if (result.error.code === 'validation') return setErrors(fieldErrors(result.error.issues, translator));
    setFailure(result.error);
  }

  return (
    <section className="panel" aria-labelledby="accounts-title">
      <h2 id="accounts-title">{t('settings.accountsSection')}</h2>
      <p className="lead">{t('settings.accountsHint')}</p>
      {failure && <Notice tone="error">{errorText(failure, translator)}</Notice>}
      {accounts === null && !failure && <p className="muted">{t('common.loading')}</p>}
      {accounts !== null && (
        <table className="table settings__accounts">
          <thead>
            <tr>
              <th scope="col">{t('settings.accountName')}</th>
              <th scope="col">{t('settings.accountRole')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <td>{account.name}</td>
                <td>{t(`role.${account.role}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <form onSubmit={submit} noValidate aria-labelledby="add-account-title" className="settings__add-account">
        <h3 id="add-account-title">{t('settings.addAccount')}</h3>
        {added && <Notice tone="success">{t('settings.accountAdded', { name: added })}</Notice>}
        <div className="form-grid">
          <Field label={t('settings.accountName')} error={errors.name}>
            {(props) => <input {...props} value={name} autoComplete="off" onChange={(e) => setName(e.target.value)} />}
          </Field>
          <Field label={t('settings.accountRole')}>
            {(props) => (
              <select {...props} value={role} onChange={(e) => setRole(e.target.value as Role)}>
                {roles.map((value) => (
                  <option key={value} value={value}>
                    {t(`role.${value}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('setup.passphrase')} hint={t('setup.passphraseHint')} error={errors.passphrase}>
            {(props) => (
              <input {...props} type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
            )}
          </Field>
          <Field label={t('setup.passphraseRepeat')} error={errors.repeat}>
            {(props) => (
              <input {...props} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
            )}
          </Field>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('common.saving') : t('settings.addAccount')}
          </button>
        </div>
      </form>
    </section>
  );
}
