import { useState, type FormEvent } from 'react';
import type { FedrisCase } from '../../../shared/channels/legalChannels';
import { fedrisRoute, type FedrisRequestInput } from '../../../shared/model';
import { milestoneState } from '../../../shared/rules';
import { call } from '../../api/client';
import { useSubmitForm } from '../../api/useSubmitForm';
import { DateInput } from '../../components/DateInput';
import { DeadlineState } from '../../components/DeadlineState';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';
import { downloadFile } from '../prevention/download';

type Route = FedrisRequestInput['route'];
const CHECKS = ['healthSurveillance', 'treatingDoctorAgrees', 'workerAgrees'] as const;

/** BE: Fedris eligibility with the routes Fedris lists, the checklist, the request as PDF and the employer's claim deadline. */
export function FedrisPanel({ workerId, today, fedris: initial }: { workerId: number; today: string; fedris: FedrisCase }) {
  const { t, date } = useT();
  const [fedris, setFedris] = useState(initial);
  const saved = fedris.request?.request ?? null;
  const [route, setRoute] = useState<Route>(saved?.route ?? fedris.routes.find((r) => r.eligible)?.route ?? 'incapacity');
  const [requestDate, setRequestDate] = useState(saved?.requestDate ?? today);
  const [surgeryDate, setSurgeryDate] = useState(saved?.surgeryDate ?? '');
  const [adaptedWork, setAdaptedWork] = useState(saved?.resumesAdaptedOrOtherWork ?? false);
  const [decisionDate, setDecisionDate] = useState(saved?.decisionDate ?? '');
  const [checks, setChecks] = useState<Record<(typeof CHECKS)[number], boolean>>({
    healthSurveillance: saved !== null,
    treatingDoctorAgrees: saved !== null,
    workerAgrees: saved !== null,
  });
  const form = useSubmitForm();
  // The request's PDF just made (its file name), said under the request once it is saved.
  const [made, setMade] = useState<string | null>(null);
  const checklistDone = CHECKS.every((check) => checks[check]);

  async function pdf() {
    setMade(null);
    const result = await form.send(() => call('legal.fedrisRequestPdf', { workerId }));
    if (result === null) return;
    downloadFile(result.value.fileName, result.value.base64, 'application/pdf');
    setMade(result.value.fileName);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!checklistDone) return;
    setMade(null);
    const result = await form.send(() => call('legal.saveFedrisRequest', {
      workerId,
      request: {
        route,
        requestDate,
        surgeryDate: surgeryDate === '' ? null : surgeryDate,
        resumesAdaptedOrOtherWork: adaptedWork,
        healthSurveillance: true,
        treatingDoctorAgrees: true,
        workerAgrees: true,
        decisionDate: decisionDate === '' ? null : decisionDate,
      },
    }));
    if (result === null) return;
    setFedris(result.value);
    await pdf();
  }

  const error = (field: string) => form.errors[`request.${field}`];
  return (
    <section className="panel" aria-labelledby="fedris-title">
      <h2 id="fedris-title">{t('legal.fedris.title')}</h2>
      <p>
        {t('legal.fedris.window', { opens: date(fedris.windowOpens), closes: date(fedris.windowCloses) })}{' '}
        {/* The request is what the window is for: done once saved; a closed window is passed, not overdue. */}
        <DeadlineState
          state={milestoneState({ code: 'fedrisWindowCloses', due: fedris.windowCloses, kind: 'date', doneOn: saved?.requestDate ?? null }, today, null)}
          due={fedris.windowCloses}
          doneOn={saved?.requestDate ?? null}
          today={today}
        />
      </p>
      {fedris.lastDayOfIncapacity !== null && <p className="muted">{t('legal.fedris.ended', { date: date(fedris.lastDayOfIncapacity) })}</p>}
      <h3>{t('legal.fedris.routes')}</h3>
      <ul className="legal-notes" aria-label={t('legal.fedris.routes')}>
        {fedris.routes.map((r) => (
          <li key={r.route}>
            {t(`legal.fedris.route.${r.route}`)}:{' '}
            <strong>{r.eligible ? t('legal.fedris.open') : t('legal.fedris.closed')}</strong>
            {!r.eligible && <span className="muted"> ({r.reasons.map((reason) => t(`legal.fedris.reason.${reason}`)).join(', ')})</span>}
          </li>
        ))}
      </ul>
      {form.failure && <Notice tone="error">{form.failure}</Notice>}
      {made && <Notice tone="success">{`${t('legal.fedris.saved')} ${t('documentsUi.ready', { file: made })}`}</Notice>}
      {saved !== null && (
        <p>
          {t('legal.fedris.requested', { date: date(saved.requestDate), route: t(`legal.fedris.route.${saved.route}`) })}{' '}
          <button type="button" className="button button--small" disabled={form.busy} onClick={() => void pdf()}>
            {t('legal.fedris.pdf')}
          </button>
        </p>
      )}
      {fedris.employerClaimDeadline !== null && (
        <p>
          <strong>{t('legal.fedris.claimDeadline')} {date(fedris.employerClaimDeadline)}</strong>{' '}
          <DeadlineState
            state={milestoneState({ code: 'employerClaim', due: fedris.employerClaimDeadline, kind: 'date', doneOn: null }, today, null)}
            due={fedris.employerClaimDeadline}
            doneOn={null}
            today={today}
          />
        </p>
      )}
      <form ref={form.ref} className="legal-form" onSubmit={save} noValidate aria-label={t('legal.fedris.title')}>
        <fieldset className="checklist">
          <legend>{t('legal.fedris.checklist')}</legend>
          {CHECKS.map((check) => (
            <label key={check} className="checklist__item">
              <input type="checkbox" checked={checks[check]} onChange={(e) => setChecks({ ...checks, [check]: e.target.checked })} />
              {t(`legal.fedris.check.${check}`)}
            </label>
          ))}
        </fieldset>
        {checklistDone && (
          <>
            <div className="inline-form">
              <Field label={t('legal.fedris.route')} error={error('route')}>
                {(props) => (
                  <select {...props} value={route} onChange={(e) => setRoute(e.target.value as Route)}>
                    {fedrisRoute.options.map((value) => (
                      <option key={value} value={value}>
                        {t(`legal.fedris.route.${value}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('legal.fedris.requestDate')} error={error('requestDate')}>
                {(props) => <DateInput {...props} value={requestDate} today={today} onChange={setRequestDate} />}
              </Field>
            </div>
            {route === 'afterSurgery' && (
              <Field label={t('legal.fedris.surgeryDate')} error={error('surgeryDate')}>
                {(props) => <DateInput {...props} value={surgeryDate} today={today} onChange={setSurgeryDate} />}
              </Field>
            )}
            {route === 'returnToWorkExam' && (
              <label className="checklist__item">
                <input type="checkbox" checked={adaptedWork} onChange={(e) => setAdaptedWork(e.target.checked)} />
                {t('legal.fedris.adaptedWork')}
              </label>
            )}
            <Field label={t('legal.fedris.decisionDate')} error={error('decisionDate')}>
              {(props) => <DateInput {...props} value={decisionDate} today={today} onChange={setDecisionDate} />}
            </Field>
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={form.busy}>
                {t('legal.fedris.save')}
              </button>
            </div>
          </>
        )}
      </form>
    </section>
  );
}
