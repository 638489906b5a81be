import { useId, useState } from 'react';
import type { AggregateChart, AggregateTable } from '../../../shared/model';
import { useT } from '../../i18n/LocaleContext';
import { AggregateBarChart } from './AggregateBarChart';
import { AggregateTableView } from './AggregateTableView';

/** One block of the dashboard: the chart, and the same figures as a table one click away. */
export function ChartWithTable({ chart, table }: { chart: AggregateChart; table: AggregateTable | undefined }) {
  const { t } = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="chart-with-table">
      <AggregateBarChart chart={chart} />
      {table && (
        <>
          <button type="button" className="button button--small" aria-expanded={open} aria-controls={`${id}-table`} onClick={() => setOpen((v) => !v)}>
            {open ? t('prevention.hideTable') : t('prevention.showTable')}
          </button>
          <div id={`${id}-table`} hidden={!open}>
            {open && <AggregateTableView table={table} caption={false} label={chart.title} />}
          </div>
        </>
      )}
    </div>
  );
}
