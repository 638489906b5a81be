import type { AggregateChart } from '../../../shared/model';

/**
 * A bar chart of one aggregate: horizontal rows, or columns for the quarters. A hidden cell draws no
 * bar and shows only its mark ('< 5' or '*'), exactly as the tables, the PDF and the CSV do.
 */
export function AggregateBarChart({ chart }: { chart: AggregateChart }) {
  const max = chart.percent ? 100 : Math.max(1, ...chart.bars.map((bar) => bar.value ?? 0));
  const vertical = chart.id === 'quarters';
  return (
    <figure className={vertical ? 'bar-chart bar-chart--vertical' : 'bar-chart'}>
      <figcaption>{chart.title}</figcaption>
      <ul>
        {chart.bars.map((bar) => {
          const share = bar.value === null ? 0 : Math.min(1, bar.value / max);
          return (
            <li key={bar.label} className={bar.value === null ? 'bar-chart__item bar-chart__item--hidden' : 'bar-chart__item'}>
              <span className="bar-chart__label">{bar.label}</span>
              <span className="bar-chart__track" aria-hidden="true">
                <span
                  className="bar-chart__bar"
                  style={vertical ? { height: `${share * 100}%` } : { width: `${share * 100}%` }}
                />
              </span>
              <span className="bar-chart__value">{bar.display}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
