import { useState, type FormEvent } from 'react';
import type { User } from '../../../shared/model';
import { passphraseProblem } from '../../../shared/model/passphrasePolicy';
import { call } from '../../api/client';
import { validationMessageKey } from '../../../shared/validationCode';
import { useSubmitForm, type FieldProblem } from '../../api/useSubmitForm';
import { PasswordField } from '../../components/PasswordField';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

/** The signed-in user changes their own password: the current one, the new one twice, checked against the policy. */
export function OwnPasswordForm({ user }: { user: User }) {
  const translator = useT();
  const { t } = translator;
  const form = useSubmitForm();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [changed, setChanged] = useState(false);

  /** The policy's messages before anything is sent: the new password's own rules, not the name, the same twice. */
  function problems(): Record<string, FieldProblem> {
    const found: Record<string, FieldProblem> = {};
    if (current === '') found.current = validationMessageKey('required');
    const problem = next.length > 200 ? 'tooLong' : passphraseProblem(next, user.name);
    if (problem) found.next = validationMessageKey(problem);
    else if (next !== repeat) found.repeat = 'validation.passphraseMismatch';
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChanged(false);
    if (form.showProblems(problems())) return;
    const done = await form.send(
      () => call('accounts.changePassphrase', { current, next }),
      (error) => (error.code === 'invalidCredentials' ? { current: 'password.wrongCurrent' } : null),
    );
    if (done === null) return;
    setChanged(true);
    setCurrent('');
    setNext('');
    setRepeat('');
  }

  return (
    <section className="panel" aria-labelledby="own-password-title">
      <h2 id="own-password-title">{t('password.section')}</h2>
      <p className="lead">{t('password.hint')}</p>
      {changed && <Notice tone="success">{t('password.changed')}</Notice>}
      {form.failure && <Notice tone="error">{form.failure}</Notice>}
      <form ref={form.ref} onSubmit={submit} noValidate aria-labelledby="own-password-title">
        <div className="form-grid">
          <PasswordField label={t('password.current')} error={form.errors.current} autoComplete="current-password" value={current} onChange={setCurrent} />
          <PasswordField label={t('password.new')} error={form.errors.next} autoComplete="new-password" value={next} onChange={setNext} />
          <PasswordField label={t('password.repeat')} error={form.errors.repeat} autoComplete="new-password" value={repeat} onChange={setRepeat} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {form.busy ? t('common.saving') : t('password.change')}
          </button>
        </div>
      </form>
    </section>
  );
}
