import { useEffect, useState, type FormEvent } from 'react';
import { accountProfileUpdateSchema, formatProfessionalRegistration, professionalRegisterOf } from '../../../shared/model';
import { call } from '../../api/client';
import { useSubmitForm } from '../../api/useSubmitForm';
import { Field } from '../../components/Field';
import { SaveButton } from '../../components/SaveButton';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

/** The signed-in doctor's BIG (NL) or RIZIV (BE) number, printed under the name on referral letters. */
export function ProfessionalRegistrationPanel() {
  const { t, locale } = useT();
  const register = professionalRegisterOf(locale.jurisdiction);
  const [registration, setRegistration] = useState('');
  const form = useSubmitForm();
  const { setFailure } = form;
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void call('accounts.profile', {}).then((result) => {
      if (!result.ok) return setFailure(result.error);
      const digits = result.value.professionalRegistration;
      setRegistration(digits === null ? '' : formatProfessionalRegistration(digits, register));
    });
  }, [register, setFailure]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const input = { professionalRegistration: registration };
    if (form.check(accountProfileUpdateSchema, input) === null) return;
    const result = await form.send(() => call('accounts.updateProfile', input));
    if (result === null) return;
    const digits = result.value.professionalRegistration;
    setRegistration(digits === null ? '' : formatProfessionalRegistration(digits, register));
    setSaved(true);
  }

  return (
    <section className="panel" aria-labelledby="registration-title">
      <h2 id="registration-title">{t('account.section')}</h2>
      <p className="lead">{t('account.hint')}</p>
      {form.failure && <Notice tone="error">{form.failure}</Notice>}
      <form ref={form.ref} onSubmit={submit} noValidate>
        <div className="form-grid">
        <Field label={t(`account.register.${register}`)} hint={t(`account.registerHint.${register}`)} error={form.errors.professionalRegistration}>
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              autoComplete="off"
              maxLength={40}
              value={registration}
              onChange={(event) => {
                setSaved(false);
                setRegistration(event.target.value);
              }}
            />
          )}
        </Field>
        </div>
        <div className="form-actions">
          <SaveButton busy={form.busy} />
          {saved && (
            <span className="form-actions__status" role="status">
              {t('common.saved')}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
