import type { AggregateTable } from '../../../shared/model';

/**
 * One aggregate table as the PDF and the CSV print it. The note on hidden cells is shown once on the
 * dashboard, not under every table. Without a caption, `label` names the table for screen readers.
 */
export function AggregateTableView({ table, caption = true, label }: { table: AggregateTable; caption?: boolean; label?: string }) {
  return (
    <div className="aggregate-table">
      <table className="table" aria-label={caption ? undefined : (label ?? table.title)}>
        {caption && <caption>{table.title}</caption>}
        <thead>
          <tr>
            {table.columns.map((column, index) => (
              <th key={index} scope="col" className={table.numeric[index] ? 'numeric' : undefined}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              <Cells cells={row} numeric={table.numeric} />
            </tr>
          ))}
        </tbody>
        {table.total !== null && (
          <tfoot>
            <tr>
              <Cells cells={table.total} numeric={table.numeric} />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

/** A row's cells: the first names the row, numbers align right. */
function Cells({ cells, numeric }: { cells: readonly string[]; numeric: readonly boolean[] }) {
  return cells.map((cell, index) =>
    index === 0 ? (
      <th key={index} scope="row">
        {cell}
      </th>
    ) : (
      <td key={index} className={numeric[index] ? 'numeric' : undefined}>
        {cell}
      </td>
    ),
  );
}
