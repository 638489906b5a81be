import { useId, useState } from 'react';
import { CHART_SERIES, SERIES_STYLE, outcomeChart, type ChartPoint } from '../../../shared/charts/outcomeChart';
import { planStepOn, type OutcomePoint, type PlanDocument } from '../../../shared/model';
import { OUTCOME_MEASURES, textIn } from '../../../shared/rules';
import { useT } from '../../i18n/LocaleContext';

const WIDTH = 720;
const LEFT = 44;
const RIGHT = 16;
const SCORE_TOP = 24;
const SCORE_HEIGHT = 170;
const HOURS_TOP = SCORE_TOP + SCORE_HEIGHT + 34;
const HOURS_HEIGHT = 80;
const HEIGHT = HOURS_TOP + HOURS_HEIGHT + 30;
const PLOT_WIDTH = WIDTH - LEFT - RIGHT;

const px = (x: number) => LEFT + x * PLOT_WIDTH;
const scoreY = (y: number) => SCORE_TOP + (1 - y) * SCORE_HEIGHT;
const hoursY = (y: number) => HOURS_TOP + (1 - y) * HOURS_HEIGHT;

function path(points: readonly ChartPoint[], toY: (y: number) => number): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${px(p.x).toFixed(1)},${toY(p.y).toFixed(1)}`).join(' ');
}

/**
 * The outcome measures of an episode over time (date on the x-axis), with the hours worked and the
 * return-to-work plan's steps on the same axis. The values are one click away as a table.
 */
export function OutcomeChart({ points, plan, contractHours }: { points: readonly OutcomePoint[]; plan: PlanDocument | null; contractHours: number }) {
  const { t, locale, date, number } = useT();
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  const chart = outcomeChart(points, plan, contractHours);
  if (!chart) return null;
  const title = (seriesId: keyof typeof OUTCOME_MEASURES) => textIn(OUTCOME_MEASURES[seriesId].title, locale.language);
  const shortTitle = (seriesId: keyof typeof OUTCOME_MEASURES) => textIn(OUTCOME_MEASURES[seriesId].shortTitle, locale.language);
  const show = (value: number | null) => (value === null ? '–' : number(value, 1));

  return (
    <figure className="outcome-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="outcome-chart__svg">
        <title id={`${id}-title`}>{t('followUp.chart.title')}</title>
        <desc id={`${id}-desc`}>{t('followUp.chart.description', { from: date(chart.start), to: date(chart.end) })}</desc>
        {/* Score scale 0-10 */}
        {[0, 2, 4, 6, 8, 10].map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={scoreY(v / 10)} y2={scoreY(v / 10)} className="outcome-chart__grid" />
            <text x={LEFT - 6} y={scoreY(v / 10) + 4} textAnchor="end" className="outcome-chart__tick">
              {v}
            </text>
          </g>
        ))}
        <text x={LEFT} y={SCORE_TOP - 10} className="outcome-chart__axis-title">
          {t('followUp.chart.scores')}
        </text>
        {/* Hours scale */}
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={hoursY(f)} y2={hoursY(f)} className="outcome-chart__grid" />
            <text x={LEFT - 6} y={hoursY(f) + 4} textAnchor="end" className="outcome-chart__tick">
              {number(Math.round(f * chart.maxHours))}
            </text>
          </g>
        ))}
        <text x={LEFT} y={HOURS_TOP - 10} className="outcome-chart__axis-title">
          {t('followUp.chart.hours')}
        </text>
        {/* Plan steps: a boundary through both plots and the planned hours as a step line */}
        {chart.planSteps.map((step) => (
          <g key={step.number}>
            <line x1={px(step.x0)} x2={px(step.x0)} y1={SCORE_TOP} y2={HOURS_TOP + HOURS_HEIGHT} className="outcome-chart__step" />
            <text x={px(step.x0) + 3} y={HOURS_TOP + 12} className="outcome-chart__step-label">
              {t('followUp.chart.step', { n: step.number })}
            </text>
            <line
              x1={px(step.x0)}
              x2={px(step.x1)}
              y1={hoursY(step.y)}
              y2={hoursY(step.y)}
              stroke={SERIES_STYLE.plan.color}
              strokeWidth={3}
              strokeDasharray={SERIES_STYLE.plan.dash.join(' ')}
            />
          </g>
        ))}
        {chart.hours.length > 0 && (
          <>
            <path d={path(chart.hours, hoursY)} fill="none" stroke={SERIES_STYLE.hoursWorked.color} strokeWidth={2} />
            {chart.hours.map((p) => (
              <circle key={p.date} cx={px(p.x)} cy={hoursY(p.y)} r={3.5} fill={SERIES_STYLE.hoursWorked.color} />
            ))}
          </>
        )}
        {chart.series.map((series) => (
          <g key={series.id}>
            <path
              d={path(series.points, scoreY)}
              fill="none"
              stroke={SERIES_STYLE[series.id].color}
              strokeWidth={2}
              strokeDasharray={SERIES_STYLE[series.id].dash.join(' ')}
            />
            {series.points.map((p) => (
              <circle key={p.date} cx={px(p.x)} cy={scoreY(p.y)} r={3.5} fill={SERIES_STYLE[series.id].color} />
            ))}
          </g>
        ))}
        {/* Date axis: one tick per consultation */}
        {chart.ticks.map((tick) => (
          <text key={tick.date} x={px(tick.x)} y={HEIGHT - 8} textAnchor="middle" className="outcome-chart__tick">
            {date(tick.date).slice(0, 5)}
          </text>
        ))}
      </svg>
      <figcaption>
        <ul className="outcome-chart__legend">
          {CHART_SERIES.map((seriesId) => (
            <li key={seriesId}>
              <svg width="28" height="10" aria-hidden="true">
                <line x1="0" x2="28" y1="5" y2="5" stroke={SERIES_STYLE[seriesId].color} strokeWidth={2.5} strokeDasharray={SERIES_STYLE[seriesId].dash.join(' ')} />
              </svg>
              {title(seriesId)}
            </li>
          ))}
          <li>
            <svg width="28" height="10" aria-hidden="true">
              <line x1="0" x2="28" y1="5" y2="5" stroke={SERIES_STYLE.hoursWorked.color} strokeWidth={2.5} />
            </svg>
            {title('hoursWorked')}
          </li>
          <li>
            <svg width="28" height="10" aria-hidden="true">
              <line x1="0" x2="28" y1="5" y2="5" stroke={SERIES_STYLE.plan.color} strokeWidth={3} strokeDasharray={SERIES_STYLE.plan.dash.join(' ')} />
            </svg>
            {t('followUp.chart.planHours')}
          </li>
        </ul>
        <p className="muted small">{t('followUp.chart.direction')}</p>
        <button type="button" className="button" aria-expanded={showTable} aria-controls={`${id}-table`} onClick={() => setShowTable((v) => !v)}>
          {showTable ? t('followUp.chart.hideTable') : t('followUp.chart.showTable')}
        </button>
      </figcaption>
      {showTable && (
        <table className="table table--compact outcome-chart__table" id={`${id}-table`}>
          <caption className="visually-hidden">{t('followUp.chart.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('followUp.chart.date')}</th>
              {CHART_SERIES.map((seriesId) => (
                <th scope="col" key={seriesId}>
                  {shortTitle(seriesId)}
                </th>
              ))}
              <th scope="col">{shortTitle('hoursWorked')}</th>
              <th scope="col">{t('followUp.chart.planHours')}</th>
            </tr>
          </thead>
          <tbody>
            {[...points]
              .sort((a, b) => (a.date < b.date ? -1 : 1))
              .map((p) => {
                const step = plan ? planStepOn(plan, p.date) : null;
                return (
                  <tr key={p.consultationId}>
                    <th scope="row">{date(p.date)}</th>
                    <td>{show(p.painNow)}</td>
                    <td>{show(p.rolandMorris)}</td>
                    <td>{show(p.workAbility)}</td>
                    <td>{show(p.pskScore)}</td>
                    <td>{show(p.hoursWorked)}</td>
                    <td>{step ? `${t('followUp.chart.step', { n: step.number })}: ${number(step.step.hoursPerWeek)}` : '–'}</td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      )}
    </figure>
  );
}
