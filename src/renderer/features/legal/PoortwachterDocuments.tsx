import { useState } from 'react';
import type { SavedPoortwachterDocument } from '../../../shared/model';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';
import { downloadFile } from '../prevention/download';
import { PoortwachterDocumentForm } from './PoortwachterDocumentForm';

/** The Poortwachter documents the doctor wrote, each with its employer PDF, and a form for a new one. */
export function PoortwachterDocuments({
  workerId,
  today,
  documents,
  onSaved,
}: {
  workerId: number;
  today: string;
  documents: SavedPoortwachterDocument[];
  onSaved(): void;
}) {
  const translator = useT();
  const { t, date } = translator;
  const [writing, setWriting] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  async function pdf(documentId: number) {
    setOutcome(null);
    const result = await call('legal.poortwachterPdf', { workerId, documentId });
    if (!result.ok) return setOutcome({ tone: 'error', text: errorText(result.error, translator) });
    downloadFile(result.value.fileName, result.value.base64, 'application/pdf');
    setOutcome({ tone: 'success', text: t('documentsUi.ready', { file: result.value.fileName }) });
  }

  return (
    <section className="panel" aria-labelledby="legal-documents-title">
      <div className="panel__header">
        <h2 id="legal-documents-title">{t('legal.documents.title')}</h2>
        {!writing && (
          <button type="button" className="button" onClick={() => setWriting(true)}>
            {t('legal.documents.new')}
          </button>
        )}
      </div>
      {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
      {documents.length === 0 ? (
        <p className="muted">{t('legal.documents.none')}</p>
      ) : (
        <ul className="legal-documents">
          {[...documents].reverse().map((saved) => (
            <li key={saved.id}>
              <span>
                <strong>{t(`legal.kind.${saved.document.kind}`)}</strong>{' '}
                <span className="muted">{t('legal.documents.line', { date: date(saved.document.madeOn), doctor: saved.createdByName })}</span>
              </span>
              <button type="button" className="button button--small" onClick={() => void pdf(saved.id)}>
                {t('legal.documents.pdf')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {writing && (
        <PoortwachterDocumentForm
          workerId={workerId}
          today={today}
          firstKind={documents.some((d) => d.document.kind === 'probleemanalyse') ? 'bijstelling' : 'probleemanalyse'}
          onCancel={() => setWriting(false)}
          onSaved={() => {
            setWriting(false);
            setOutcome({ tone: 'success', text: t('legal.saved') });
            onSaved();
          }}
        />
      )}
    </section>
  );
}
