import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/ipc';
import { toValidationIssues } from '../../../shared/ipc';
import { accountProfileUpdateSchema, formatProfessionalRegistration, professionalRegisterOf } from '../../../shared/model';
import { call } from '../../api/client';
import { errorText, fieldErrors } from '../../api/errorText';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

/** The signed-in doctor's BIG (NL) or RIZIV (BE) number, printed under the name on referral letters. */
export function ProfessionalRegistrationPanel() {
  const translator = useT();
  const { t, locale } = translator;
  const register = professionalRegisterOf(locale.jurisdiction);
  const [registration, setRegistration] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void call('accounts.profile', {}).then((result) => {
      if (!result.ok) return setFailure(result.error);
      const digits = result.value.professionalRegistration;
      setRegistration(digits === null ? '' : formatProfessionalRegistration(digits, register));
    });
  }, [register]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setFailure(null);
    const input = { professionalRegistration: registration };
    const parsed = accountProfileUpdateSchema.safeParse(input);
    if (!parsed.success) return setError(fieldErrors(toValidationIssues(parsed.error), translator).professionalRegistration);
    setError(undefined);
    setBusy(true);
    const result = await call('accounts.updateProfile', input);
    setBusy(false);
    if (result.ok) {
      const digits = result.value.professionalRegistration;
      setRegistration(digits === null ? '' : formatProfessionalRegistration(digits, register));
      return setSaved(true);
    }
    if (result.error.code === 'validation') return setError(fieldErrors(result.error.issues, translator).professionalRegistration);
    setFailure(result.error);
  }

  return (
    <section className="panel" aria-labelledby="registration-title">
      <h2 id="registration-title">{t('account.section')}</h2>
      <p className="lead">{t('account.hint')}</p>
      {failure && <Notice tone="error">{errorText(failure, translator)}</Notice>}
      <form onSubmit={submit} noValidate>
        <div className="form-grid">
        <Field label={t(`account.register.${register}`)} hint={t(`account.registerHint.${register}`)} error={error}>
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
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </button>
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
