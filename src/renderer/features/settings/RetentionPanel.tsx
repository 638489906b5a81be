import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { ApiError, ChannelOutput } from '../../../shared/ipc';
import { formatDate } from '../../../shared/i18n/format';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useSubmitForm } from '../../api/useSubmitForm';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

type Overview = ChannelOutput<'retention.overview'>;
type Dossier = Overview['dossiers'][number];

/** Dossiers past the legal retention term; a doctor erases them one by one, after confirming. */
export function RetentionPanel() {
  const translator = useT();
  const { t, locale } = translator;
  const [overview, setOverview] = useState<Overview | null>(null);
  const [years, setYears] = useState('');
  const yearsForm = useSubmitForm();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [confirming, setConfirming] = useState<Dossier | null>(null);
  const [erased, setErased] = useState<string | null>(null);

  const show = useCallback((next: Overview) => {
    setOverview(next);
    setYears(String(next.years));
  }, []);

  useEffect(() => {
    void call('retention.overview', {}).then((result) => (result.ok ? show(result.value) : setFailure(result.error)));
  }, [show]);

  async function saveYears(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const result = await yearsForm.send(() => call('retention.setTermBE', { years: Number(years) }));
    if (result) show(result.value);
  }

  async function erase(dossier: Dossier) {
    setFailure(null);
    const result = await call('retention.erase', { workerId: dossier.workerId });
    setConfirming(null);
    if (!result.ok) return setFailure(result.error);
    setErased(dossier.name);
    show(result.value);
  }

  if (!overview) return null;
  const date = (iso: string) => formatDate(iso.slice(0, 10), locale.language);

  return (
    <section className="panel" aria-labelledby="retention-title">
      <h2 id="retention-title">{t('retention.section')}</h2>
      <p className="lead">{t(overview.jurisdiction === 'NL' ? 'retention.hintNL' : 'retention.hintBE')}</p>
      {failure && <Notice tone="error">{errorText(failure, translator)}</Notice>}
      {erased && <Notice tone="success">{t('retention.erased', { name: erased })}</Notice>}
      {yearsForm.failure && <Notice tone="error">{yearsForm.failure}</Notice>}
      {overview.jurisdiction === 'BE' && (
        <form ref={yearsForm.ref} onSubmit={saveYears} noValidate className="form-grid">
          <Field label={t('retention.years')} error={yearsForm.errors.years}>
            {(props) => <input {...props} inputMode="numeric" value={years} onChange={(e) => setYears(e.target.value)} />}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button" disabled={yearsForm.busy}>
              {t('retention.saveYears')}
            </button>
          </div>
        </form>
      )}
      <p>{t('retention.cutoff', { date: date(overview.cutoff), years: overview.years })}</p>
      {overview.dossiers.length === 0 ? (
        <p className="muted">{t('retention.none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('settings.accountName')}</th>
              <th scope="col">{t('documents.field.birthDate')}</th>
              <th scope="col">{t('documents.field.employer')}</th>
              <th scope="col">{t('retention.lastChange')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('retention.erase')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.dossiers.map((dossier) => (
              <tr key={dossier.workerId}>
                <td>{dossier.name}</td>
                <td>{date(dossier.birthDate)}</td>
                <td>{dossier.employerName}</td>
                <td>{date(dossier.lastChange)}</td>
                <td>
                  {confirming?.workerId === dossier.workerId ? (
                    <span className="retention__confirm">
                      {t('retention.confirm', { name: dossier.name })}{' '}
                      <button type="button" className="button button--neutral button--small" onClick={() => void erase(dossier)}>
                        {t('retention.erase')}
                      </button>{' '}
                      <button type="button" className="button button--small" onClick={() => setConfirming(null)}>
                        {t('common.cancel')}
                      </button>
                    </span>
                  ) : (
                    <button type="button" className="button button--neutral button--small" onClick={() => setConfirming(dossier)}>
                      {t('retention.erase')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
