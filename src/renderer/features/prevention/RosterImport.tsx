import { useState } from 'react';
import {
  MAX_ROSTER_BYTES,
  requiredRosterFields,
  rosterFields,
  type Employer,
  type RosterField,
  type RosterImportResult,
  type RosterMapping,
  type RosterPreview,
  type RosterProblem,
} from '../../../shared/model';
import { toBase64 } from '../../api/base64';
import { call } from '../../api/client';
import { useSubmitForm } from '../../api/useSubmitForm';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT, type Translator } from '../../i18n/LocaleContext';

const SHOWN_PROBLEMS = 200;

function problemText(problem: RosterProblem, columns: number, { t }: Translator): string {
  const field = problem.field ? t(`prevention.import.field.${problem.field}`) : '';
  return t(`prevention.import.problem.${problem.code}`, { field, value: problem.value ?? '', columns });
}

/**
 * Roster import in three steps: choose a CSV file; check the column mapping, the first rows and
 * every row that cannot be imported; confirm. Main writes nothing before the confirmation.
 */
export function RosterImport({ employer, onImported }: { employer: Employer; onImported(): void }) {
  const translator = useT();
  const { t, plural } = translator;
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [preview, setPreview] = useState<RosterPreview | null>(null);
  const [result, setResult] = useState<RosterImportResult | null>(null);
  const form = useSubmitForm();
  /** The import itself runs (the form is also busy while a file or a new mapping is read). */
  const [importing, setImporting] = useState(false);

  async function analyse(next: { fileName: string; contentBase64: string }, mapping: RosterMapping | null) {
    const answer = await form.send(() => call('prevention.previewRoster', { employerId: employer.id, ...next, mapping }));
    if (answer) setPreview(answer.value);
  }

  async function choose(selected: File | undefined) {
    setResult(null);
    setPreview(null);
    setFile(null);
    if (!selected) return;
    const problem = selected.size > MAX_ROSTER_BYTES ? 'validation.fileTooLarge' : selected.size === 0 ? 'prevention.import.empty' : null;
    if (form.showProblems(problem ? { file: problem } : {})) return;
    const next = { fileName: selected.name, contentBase64: toBase64(new Uint8Array(await selected.arrayBuffer())) };
    setFile(next);
    await analyse(next, null);
  }

  async function confirm() {
    if (!file || !preview) return;
    setImporting(true);
    const answer = await form.send(() => call('prevention.importRoster', { employerId: employer.id, ...file, mapping: preview.mapping }));
    setImporting(false);
    if (!answer) return;
    setResult(answer.value);
    setPreview(null);
    onImported();
  }

  function remap(field: RosterField, column: string) {
    if (!file || !preview) return;
    void analyse(file, { ...preview.mapping, [field]: column === '' ? null : Number(column) });
  }

  return (
    <section ref={form.ref} className="panel roster-import" aria-labelledby="roster-title">
      <h2 id="roster-title">{t('prevention.import.title')}</h2>
      <p className="lead">{t('prevention.import.intro')}</p>
      {form.failure && <Notice tone="error">{form.failure}</Notice>}
      {result && (
        <Notice tone="success">
          {t('prevention.import.done', { count: result.imported })}
          {result.departmentsCreated + result.jobPositionsCreated > 0 &&
            ` ${t('prevention.import.created', { departments: result.departmentsCreated, jobs: result.jobPositionsCreated })}`}
        </Notice>
      )}
      <Field label={t('prevention.import.file')} error={form.errors.file ?? form.errors.contentBase64 ?? form.errors.fileName}>
        {(props) => (
          <div className="file-picker">
            <input
              {...props}
              type="file"
              className="file-picker__input"
              accept=".csv,text/csv,text/plain"
              onChange={(e) => void choose(e.target.files?.[0])}
            />
            {/* The browser's own button speaks the system language; this one speaks the user's. */}
            <label htmlFor={props.id} className="button">
              {t('prevention.import.chooseFile')}
            </label>
            <span className="file-picker__name">{file?.fileName ?? t('prevention.import.noFile')}</span>
          </div>
        )}
      </Field>

      {preview && (
        <>
          <p>
            {t('prevention.import.detected', { rows: preview.rowCount, encoding: preview.encoding.toUpperCase(), delimiter: preview.delimiter })}
          </p>
          <h3>{t('prevention.import.mapping')}</h3>
          <p className="lead">{t('prevention.import.mappingHint')}</p>
          <div className="mapping-grid">
            {rosterFields.map((field) => (
              <Field
                key={field}
                label={`${t(`prevention.import.field.${field}`)}${requiredRosterFields.includes(field) ? ' *' : ''}`}
                error={form.errors[`mapping.${field}`]}
              >
                {(props) => (
                  <select {...props} value={preview.mapping[field] ?? ''} onChange={(e) => remap(field, e.target.value)}>
                    <option value="">{t('prevention.import.notInFile')}</option>
                    {preview.headers.map((header, index) => (
                      <option key={index} value={index}>
                        {header || `#${index + 1}`}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ))}
          </div>

          <h3>{t('prevention.import.sample')}</h3>
          <div className="table-scroll">
            <table className="table table--compact">
              <thead>
                <tr>
                  {preview.headers.map((header, index) => (
                    <th key={index} scope="col">
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.sampleRows.map((row, rowIndex) => (
                  <tr key={rowIndex}>
                    {row.map((cell, index) => (
                      <td key={index}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          {preview.unmappedRequired.length > 0 ? (
            <Notice tone="error">
              {t('prevention.import.unmapped', { fields: preview.unmappedRequired.map((f) => t(`prevention.import.field.${f}`)).join(', ') })}
            </Notice>
          ) : (
            <Notice tone="info">
              <p>{t('prevention.import.summary', { importable: preview.importableCount, rows: preview.rowCount })}</p>
              {preview.newDepartments.length > 0 && <p>{t('prevention.import.newDepartments', { names: preview.newDepartments.join(', ') })}</p>}
              {preview.newJobTitles.length > 0 && <p>{t('prevention.import.newJobs', { names: preview.newJobTitles.join(', ') })}</p>}
            </Notice>
          )}

          {preview.rejectedCount > 0 && (
            <>
              <h3>{t('prevention.import.problems', { count: preview.rejectedCount })}</h3>
              <table className="table table--compact">
                <thead>
                  <tr>
                    <th scope="col" className="numeric">{t('prevention.import.line')}</th>
                    <th scope="col">{t('prevention.import.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.rejected.slice(0, SHOWN_PROBLEMS).map((row) => (
                    <tr key={row.line}>
                      <td className="numeric">{row.line}</td>
                      <td>{row.problems.map((p) => problemText(p, preview.headers.length, translator)).join(' ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {preview.rejectedCount > Math.min(SHOWN_PROBLEMS, preview.rejected.length) && (
                <p className="lead">{plural('prevention.import.more', preview.rejectedCount - Math.min(SHOWN_PROBLEMS, preview.rejected.length))}</p>
              )}
            </>
          )}

          <div className="form-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={form.busy || preview.importableCount === 0 || preview.unmappedRequired.length > 0}
              onClick={() => void confirm()}
            >
              {importing ? t('prevention.import.importing') : t('prevention.import.confirm', { count: preview.importableCount })}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
