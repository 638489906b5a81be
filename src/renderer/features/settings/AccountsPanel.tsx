import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { newAccountSchema, role as roleSchema, type Role, type User } from '../../../shared/model';
import { call } from '../../api/client';
import { useSubmitForm, type FieldProblem } from '../../api/useSubmitForm';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { PasswordField } from '../../components/PasswordField';
import { useT } from '../../i18n/LocaleContext';

const roles: readonly Role[] = roleSchema.options;

/** The practice's accounts: a form to add one, and removing another (after a confirmation). */
export function AccountsPanel({ user }: { user: User }) {
  const translator = useT();
  const { t } = translator;
  const form = useSubmitForm();
  const [accounts, setAccounts] = useState<User[] | null>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('doctor');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const [removing, setRemoving] = useState<User | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const { setFailure } = form;

  const load = useCallback(async () => {
    const result = await call('accounts.list', {});
    if (result.ok) setAccounts(result.value);
    else setFailure(result.error);
  }, [setFailure]);
  useEffect(() => void load(), [load]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    setRemoved(null);
    const input = { name, role, passphrase };
    const mismatch: Record<string, FieldProblem> = passphrase === repeat ? {} : { repeat: 'validation.passphraseMismatch' };
    if (form.check(newAccountSchema, input, mismatch) === null) return;
    const created = await form.send(
      () => call('accounts.create', input),
      (error) => (error.code === 'duplicateAccount' ? { name: error } : null),
    );
    if (created === null) return;
    setAdded(created.value.name);
    setName('');
    setPassphrase('');
    setRepeat('');
    await load();
  }

  async function remove(account: User) {
    setAdded(null);
    const left = await form.send(() => call('accounts.remove', { id: account.id }));
    setRemoving(null);
    if (left === null) return;
    setAccounts(left.value);
    setRemoved(account.name);
  }

  return (
    <section ref={form.ref} className="panel" aria-labelledby="accounts-title">
      <h2 id="accounts-title">{t('settings.accountsSection')}</h2>
      <p className="lead">{t('settings.accountsHint')}</p>
      {form.failure && <Notice tone="error">{form.failure}</Notice>}
      {removed && <Notice tone="success">{t('settings.accountRemoved', { name: removed })}</Notice>}
      {accounts === null && !form.failure && <p className="muted">{t('common.loading')}</p>}
      {accounts !== null && (
        <table className="table settings__accounts">
          <thead>
            <tr>
              <th scope="col">{t('settings.accountName')}</th>
              <th scope="col">{t('settings.accountRole')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('settings.removeAccount')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <td>{account.name}</td>
                <td>{t(`role.${account.role}`)}</td>
                <td>
                  {account.id !== user.id && (
                    <button
                      type="button"
                      className="button button--neutral"
                      aria-label={t('settings.removeAccountOf', { name: account.name })}
                      onClick={() => {
                        setRemoved(null);
                        setRemoving(account);
                      }}
                    >
                      {t('settings.removeAccount')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {removing && (
        <div className="notice notice--info" role="alertdialog" aria-labelledby="remove-account-question">
          <p id="remove-account-question">{t('settings.removeAccountConfirm', { name: removing.name })}</p>
          <div className="form-actions">
            <button type="button" className="button button--neutral" disabled={form.busy} onClick={() => void remove(removing)}>
              {t('settings.removeAccountYes')}
            </button>
            <button type="button" className="button" onClick={() => setRemoving(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}

      <form onSubmit={submit} noValidate aria-labelledby="add-account-title" className="settings__add-account">
        <h3 id="add-account-title">{t('settings.addAccount')}</h3>
        {added && <Notice tone="success">{t('settings.accountAdded', { name: added })}</Notice>}
        <div className="form-grid">
          <Field label={t('settings.accountName')} error={form.errors.name}>
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
          <PasswordField
            label={t('setup.passphrase')}
            hint={t('setup.passphraseHint')}
            error={form.errors.passphrase}
            autoComplete="new-password"
            value={passphrase}
            onChange={setPassphrase}
          />
          <PasswordField label={t('setup.passphraseRepeat')} error={form.errors.repeat} autoComplete="new-password" value={repeat} onChange={setRepeat} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {form.busy ? t('common.saving') : t('settings.addAccount')}
          </button>
        </div>
      </form>
    </section>
  );
}
