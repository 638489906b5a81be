import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';
import { downloadFile } from '../prevention/download';

/** Exports the whole dossier for the worker (right of access): a PDF and a JSON file, both logged. */
export function DossierExportButton({ workerId }: { workerId: number }) {
  const translator = useT();
  const { t } = translator;
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  async function exportDossier() {
    setBusy(true);
    setOutcome(null);
    const result = await call('dossier.export', { workerId });
    setBusy(false);
    if (!result.ok) return setOutcome({ tone: 'error', text: errorText(result.error, translator) });
    const { pdf, json } = result.value;
    downloadFile(pdf.fileName, pdf.base64, pdf.mimeType);
    downloadFile(json.fileName, json.base64, json.mimeType);
    setOutcome({ tone: 'success', text: t('dossierExport.done', { pdf: pdf.fileName, json: json.fileName }) });
  }

  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={() => void exportDossier()}>
        {t('dossierExport.button')}
      </button>
      {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
    </>
  );
}
