import { useEffect, useMemo, useState } from 'react';
import type { ApiError } from '../../../shared/ipc';
import {
  aggregateCharts,
  aggregateTables,
  findingText,
  lastDayOfMonth,
  methodNotes,
  rateText,
  unitText,
  type AggregateChart,
  type AggregateUnit,
  type Employer,
  type WorkplaceAggregates,
} from '../../../shared/model';
import { NIOSH_LIMITATIONS, SUPPRESSION_NOTE, textIn } from '../../../shared/rules';
import { call } from '../../api/client';
import { errorText, validationText } from '../../api/errorText';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';
import { AggregateBarChart } from './AggregateBarChart';
import { AggregateTableView } from './AggregateTableView';
import { ChartWithTable } from './ChartWithTable';
import { downloadFile } from './download';

type Preset = 'last12' | 'thisYear' | 'lastYear' | 'custom';

/** 'YYYY-MM' of the month `offset` months from the month of `date`. */
function monthFrom(date: string, offset: number): string {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1 + offset, 1)).toISOString().slice(0, 7);
}

/** Periods are whole months that are over (see docs/security.md): the last one is the previous month. */
function periodOf(preset: Exclude<Preset, 'custom'>, today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const lastMonth = lastDayOfMonth(`${monthFrom(today, -1)}-01`);
  if (preset === 'thisYear') return { from: `${year}-01-01`, to: lastMonth };
  if (preset === 'lastYear') return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  return { from: `${monthFrom(today, -12)}-01`, to: lastMonth };
}

/** The months a period can start or end in, newest first: the last ten years up to last month, in the user's language. */
function monthsUpTo(today: string, language: string): Array<[string, string]> {
  const format = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return Array.from({ length: 120 }, (_, i) => {
    const month = monthFrom(today, -1 - i);
    return [month, format.format(new Date(`${month}-01T00:00:00Z`))];
  });
}

/** In January no month of this year is over yet. */
function presetsOn(today: string): Preset[] {
  return today.slice(5, 7) === '01' ? ['last12', 'lastYear', 'custom'] : ['last12', 'thisYear', 'lastYear', 'custom'];
}

function unitValue(unit: AggregateUnit): string {
  return unit.kind === 'employer' ? 'employer' : `${unit.kind}:${unit.id}`;
}

function unitOf(value: string): AggregateUnit {
  const [kind, id] = value.split(':');
  if (kind === 'department' || kind === 'job') return { kind, id: Number(id) };
  return { kind: 'employer' };
}

/** Aggregates of an employer, department or job over a period: figures, charts, priorities and measures. */
export function PreventionDashboard({ employer, today }: { employer: Employer; today: string }) {
  const translator = useT();
  const { t, locale } = translator;
  const [unit, setUnit] = useState<AggregateUnit>({ kind: 'employer' });
  const [preset, setPreset] = useState<Preset>('last12');
  const [period, setPeriod] = useState(() => periodOf('last12', today));
  const [aggregates, setAggregates] = useState<WorkplaceAggregates | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [periodError, setPeriodError] = useState<string | null>(null);
  const [downloaded, setDownloaded] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const showFailure = (error: ApiError) => {
      if (error.code === 'validation') {
        setPeriodError(validationText(error.issues[0]?.code ?? 'date', translator));
      } else setFailure(errorText(error, translator));
    };
    void call('prevention.aggregates', { employerId: employer.id, unit, ...period }).then((result) => {
      if (!current) return;
      setPeriodError(null);
      setFailure(null);
      if (result.ok) setAggregates(result.value);
      else showFailure(result.error);
    });
    return () => {
      current = false;
    };
  }, [employer.id, unit, period, translator, t]);

  async function download(kind: 'csv' | 'pdf') {
    const request = { request: { employerId: employer.id, unit, ...period }, language: locale.language };
    const result = await call(kind === 'csv' ? 'prevention.aggregatesCsv' : 'prevention.workplaceReport', request);
    if (!result.ok) return setFailure(errorText(result.error, translator));
    downloadFile(result.value.fileName, result.value.content, kind === 'csv' ? 'text/csv' : 'application/pdf');
    setDownloaded(t('prevention.downloaded', { file: result.value.fileName }));
  }

  const language = locale.language;
  const months = useMemo(() => monthsUpTo(today, language), [today, language]);
  const tables = aggregates ? new Map(aggregateTables(aggregates, language).map((table) => [table.id, table])) : null;
  const charts = aggregates ? new Map(aggregateCharts(aggregates, language).map((chart) => [chart.id, chart])) : null;
  const note = aggregates ? textIn(SUPPRESSION_NOTE, language).replaceAll('{k}', String(aggregates.k)) : '';
  /** A chart, with the same figures as a table one click away. */
  const chartWithTable = (id: AggregateChart['id']) => {
    const chart = charts?.get(id);
    return chart ? <ChartWithTable chart={chart} table={tables?.get(id)} /> : null;
  };
  const summary = aggregates?.summary;

  return (
    <div className="prevention-dashboard">
      <form className="panel filters" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('prevention.unit')}>
          {(props) => (
            <select {...props} value={unitValue(unit)} onChange={(e) => setUnit(unitOf(e.target.value))}>
              <option value="employer">{t('prevention.unit.employer')}</option>
              {employer.departments.map((d) => (
                <option key={`d${d.id}`} value={`department:${d.id}`}>
                  {t('prevention.unit.department', { name: d.name })}
                </option>
              ))}
              {employer.jobPositions.map((j) => (
                <option key={`j${j.id}`} value={`job:${j.id}`}>
                  {t('prevention.unit.job', { name: j.title })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('prevention.period')}>
          {(props) => (
            <select
              {...props}
              value={preset}
              onChange={(e) => {
                const next = e.target.value as Preset;
                setPreset(next);
                if (next !== 'custom') setPeriod(periodOf(next, today));
              }}
            >
              {presetsOn(today).map((p) => (
                <option key={p} value={p}>
                  {t(`prevention.period.${p}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('prevention.fromMonth')} error={periodError && preset === 'custom' ? periodError : undefined}>
          {(props) => (
            <select
              {...props}
              value={period.from.slice(0, 7)}
              disabled={preset !== 'custom'}
              onChange={(e) => setPeriod((p) => ({ ...p, from: `${e.target.value}-01` }))}
            >
              {months.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('prevention.toMonth')}>
          {(props) => (
            <select
              {...props}
              value={period.to.slice(0, 7)}
              disabled={preset !== 'custom'}
              onChange={(e) => setPeriod((p) => ({ ...p, to: lastDayOfMonth(`${e.target.value}-01`) }))}
            >
              {months.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="filters__actions">
          <button type="button" className="button" disabled={!aggregates} onClick={() => void download('csv')}>
            {t('prevention.downloadCsv')}
          </button>
          <button type="button" className="button button--primary" disabled={!aggregates} onClick={() => void download('pdf')}>
            {t('prevention.downloadPdf')}
          </button>
        </div>
        <p className="filters__rule muted">{t('prevention.periodRule')}</p>
      </form>
      {failure && <Notice tone="error">{failure}</Notice>}
      {downloaded && <Notice tone="success">{downloaded}</Notice>}

      {aggregates && summary && tables && charts && (
        <>
          <section className="panel" aria-labelledby="prevention-summary">
            <h2 id="prevention-summary">
              {unitText(aggregates, language)} · {t('prevention.periodRange', { from: translator.date(aggregates.from), to: translator.date(aggregates.to) })}
            </h2>
            <table className="table summary-figures">
              <caption className="visually-hidden">{t('prevention.summary.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('prevention.summary.figure')}</th>
                  <th scope="col" className="numeric">
                    {t('prevention.summary.count')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('prevention.summary.per100')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('prevention.summary.lastYear')}
                  </th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t('prevention.summary.workforce')}</th>
                  <td className="numeric">{summary.workforce}</td>
                  <td className="numeric" />
                  <td className="numeric" />
                </tr>
                {(['workersSeen', 'episodes', 'sickLeaveDays', 'consultations'] as const).map((figure) => (
                  <tr key={figure}>
                    <th scope="row">{t(`prevention.summary.${figure}`)}</th>
                    <td className="numeric">{summary[figure].display}</td>
                    <td className="numeric">{rateText(summary[figure], summary.workforce, language)}</td>
                    <td className="numeric">{aggregates.lastYear?.summary[figure].display ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted small">
              {t('prevention.summary.rateNote')}
              {aggregates.lastYear &&
                ` ${t('prevention.summary.lastYearRange', { from: translator.date(aggregates.lastYear.from), to: translator.date(aggregates.lastYear.to) })}`}
            </p>
            {aggregates.anySuppressed && <p className="aggregate-table__note">{note}</p>}
          </section>

          <section className="panel" aria-labelledby="prevention-measures">
            <h2 id="prevention-measures">{t('prevention.measures.title')}</h2>
            {aggregates.measures.length === 0 && <p>{t('prevention.measures.none')}</p>}
            <ol className="measures">
              {aggregates.measures.map((measure) => (
                <li key={measure.code} className={`measure measure--${measure.priority}`}>
                  <h3>
                    {t(`prevention.measure.${measure.code}.title`)}{' '}
                    <span className="measure__priority">{t(`prevention.priority.${measure.priority}`)}</span>
                  </h3>
                  <p>{t(`prevention.measure.${measure.code}.what`)}</p>
                  <ul>
                    {measure.findings.map((finding, index) => (
                      <li key={index}>{findingText(finding, aggregates, language)}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
            <p className="lead">{t('prevention.measures.basis')}</p>
          </section>

          <section className="panel" aria-labelledby="prevention-trend">
            <h2 id="prevention-trend">{t('prevention.table.quarters')}</h2>
            <div className="chart-grid">{chartWithTable('quarters')}</div>
          </section>

          <section className="panel" aria-labelledby="prevention-groups">
            <h2 id="prevention-groups">{t('prevention.table.departments')} · {t('prevention.table.jobs').toLowerCase()}</h2>
            <div className="chart-grid">
              {(['departments', 'jobs'] as const).map((id) => {
                const table = tables.get(id);
                if (!table) return null;
                return table.rows.length === 0 ? (
                  <p key={id}>{t('prevention.noRows')}</p>
                ) : (
                  <AggregateTableView key={id} table={table} />
                );
              })}
            </div>
          </section>

          <section className="panel" aria-labelledby="prevention-health">
            <h2 id="prevention-health">{t('prevention.summary.workersSeen')}</h2>
            <div className="chart-grid">
              {(['phases', 'chronicity'] as const).map((id) => (
                <div key={id}>{chartWithTable(id)}</div>
              ))}
            </div>
          </section>

          <section className="panel" aria-labelledby="prevention-factors">
            <h2 id="prevention-factors">{t('prevention.table.riskFactors')}</h2>
            <div className="chart-grid">{chartWithTable('riskFactors')}</div>
          </section>

          <section className="panel" aria-labelledby="prevention-lifting">
            <h2 id="prevention-lifting">{t('prevention.table.lifting')}</h2>
            {aggregates.lifting.total === 0 ? (
              <p>{t('prevention.noLiftingTasks')}</p>
            ) : (
              <div className="chart-grid">
                {charts.get('lifting') && <AggregateBarChart chart={charts.get('lifting')!} />}
                {tables.get('liftingHighest') && <AggregateTableView table={tables.get('liftingHighest')!} />}
              </div>
            )}
            <p className="lead">{textIn(NIOSH_LIMITATIONS, language)}</p>
          </section>

          <section className="panel" aria-labelledby="prevention-method">
            <h2 id="prevention-method">{t('prevention.method.title')}</h2>
            <ul className="method-notes">
              {methodNotes(aggregates, language).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
