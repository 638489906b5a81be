import { useEffect, useMemo, useState } from 'react';
import type { AgendaHorizon } from '../../../shared/channels/agendaChannels';
import { type AgendaItem, type AgendaItemKind, isLegalStep } from '../../../shared/model';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';
import { agendaItemLabel } from './agendaItemLabel';
import { href, paths } from '../../app/routes';

type SortKey = 'due' | 'worker' | 'what';

const KINDS_BY_JURISDICTION: Record<'NL' | 'BE', readonly AgendaItemKind[]> = {
  NL: ['followUp', 'poortwachter', 'actionPlanEvaluation', 'planReview'],
  BE: ['followUp', 'belgianMilestone', 'returnToWorkExam', 'fedrisWindowCloses', 'planReview'],
};

/** What is due this week and what is overdue, across the signed-in doctor's workers. */
export function AgendaScreen() {
  const translator = useT();
  const { t, plural, number, date, locale } = translator;
  const [horizon, setHorizon] = useState<AgendaHorizon>('thisWeek');
  const [data, setData] = useState<{ today: string; until: string; items: AgendaItem[] } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [kind, setKind] = useState<AgendaItemKind | ''>('');
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'due', ascending: true });

  useEffect(() => {
    void call('agenda.list', { horizon }).then((result) => {
      if (result.ok) setData(result.value);
      else setFailure(errorText(result.error, translator));
    });
  }, [horizon, translator]);

  const rows = useMemo(() => {
    if (!data) return [];
    const needle = query.trim().toLocaleLowerCase();
    const filtered = data.items.filter(
      (item) =>
        (kind === '' || item.kind === kind) &&
        (needle === '' || `${item.workerName} ${item.personnelNumber} ${item.employerName}`.toLocaleLowerCase().includes(needle)),
    );
    const value = (item: AgendaItem) =>
      sort.key === 'due' ? item.due : sort.key === 'worker' ? item.workerName : agendaItemLabel(item, translator);
    const sorted = [...filtered].sort((a, b) => value(a).localeCompare(value(b), locale.language) || a.due.localeCompare(b.due));
    return sort.ascending ? sorted : sorted.reverse();
  }, [data, kind, query, sort, translator, locale.language]);

  function header(key: SortKey, label: string) {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
        <button
          type="button"
          className="sort-button"
          onClick={() => setSort({ key, ascending: active ? !sort.ascending : true })}
        >
          {label}
          <span aria-hidden="true" className={active ? 'sort-button__arrow sort-button__arrow--active' : 'sort-button__arrow'}>
            {active ? (sort.ascending ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  }

  const overdueCount = rows.filter((item) => item.overdue).length;
  return (
    <div className="agenda">
      <header className="page-header">
        <h1>{t('agenda.title')}</h1>
        {data && (
          <p className="muted">
            {t('agenda.period', { today: date(data.today), until: date(data.until) })} · {plural('agenda.itemCount', rows.length)}
            {overdueCount > 0 && `, ${t('agenda.overdueCount', { count: number(overdueCount) })}`}
          </p>
        )}
      </header>
      {failure && <Notice tone="error">{failure}</Notice>}
      <div className="panel">
        <div className="agenda__filters">
          <div className="field">
            <label htmlFor="agenda-horizon">{t('agenda.horizon')}</label>
            <select id="agenda-horizon" value={horizon} onChange={(e) => setHorizon(e.target.value as AgendaHorizon)}>
              <option value="thisWeek">{t('agenda.horizon.thisWeek')}</option>
              <option value="fourWeeks">{t('agenda.horizon.fourWeeks')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="agenda-kind">{t('agenda.kindFilter')}</label>
            <select id="agenda-kind" value={kind} onChange={(e) => setKind(e.target.value as AgendaItemKind | '')}>
              <option value="">{t('agenda.allKinds')}</option>
              {KINDS_BY_JURISDICTION[locale.jurisdiction].map((k) => (
                <option key={k} value={k}>
                  {t(`agenda.kindFilter.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="agenda-query">{t('agenda.search')}</label>
            <input id="agenda-query" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          </div>
        </div>
        {data && rows.length === 0 ? (
          <p className="empty">{t('agenda.empty')}</p>
        ) : (
          <table className="table agenda__table">
            <caption className="visually-hidden">{t('agenda.title')}</caption>
            <thead>
              <tr>
                {header('due', t('agenda.due'))}
                {header('worker', t('agenda.worker'))}
                {header('what', t('agenda.what'))}
                <th scope="col">{t('agenda.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((item) => (
                <tr key={`${item.workerId}-${item.episodeId}-${item.kind}-${item.code}-${item.due}`} className={item.overdue ? (isLegalStep(item.kind) ? 'agenda__row--overdue' : 'agenda__row--late') : undefined}>
                  <td className="nowrap">
                    {date(item.due)}
                    {data?.today === item.due && <span className="agenda__today"> · {t('agenda.today')}</span>}
                  </td>
                  <td>
                    <a href={href(paths.dossier(item.workerId))}>{item.workerName}</a>
                    <span className="muted small"> · {item.personnelNumber} · {item.employerName}</span>
                  </td>
                  <td>{agendaItemLabel(item, translator)}</td>
                  <td>
                    {item.overdue ? (
                      <span className={isLegalStep(item.kind) ? 'badge badge--overdue' : 'badge badge--attention'}>
                        <span aria-hidden="true">! </span>
                        {t('agenda.overdue')}
                      </span>
                    ) : (
                      <span className="badge">{t('agenda.due.soon')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
