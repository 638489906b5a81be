import { useState } from 'react';
import { call } from '../../api/client';
import { useSubmitForm } from '../../api/useSubmitForm';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';
import { downloadFile } from '../prevention/download';

/** Exports the whole dossier for the worker (right of access): a PDF and a JSON file, both logged. */
export function DossierExportButton({ workerId }: { workerId: number }) {
  const { t } = useT();
  const form = useSubmitForm();
  const [exported, setExported] = useState<{ pdf: string; json: string } | null>(null);

  async function exportDossier() {
    setExported(null);
    const result = await form.send(() => call('dossier.export', { workerId }));
    if (result === null) return;
    const { pdf, json } = result.value;
    downloadFile(pdf.fileName, pdf.base64, pdf.mimeType);
    downloadFile(json.fileName, json.base64, json.mimeType);
    setExported({ pdf: pdf.fileName, json: json.fileName });
  }

  return (
    <>
      <button type="button" className="button" disabled={form.busy} onClick={() => void exportDossier()}>
        {t('dossierExport.button')}
      </button>
      {form.failure && <Notice tone="error">{form.failure}</Notice>}
      {exported && <Notice tone="success">{t('dossierExport.done', exported)}</Notice>}
    </>
  );
}
