import { useId, useState } from 'react';
import type { Language } from '../../../shared/model';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';
import { downloadFile } from '../prevention/download';

const LANGUAGES: readonly Language[] = ['nl', 'fr', 'en'];

/**
 * The questionnaires due today as a PDF to fill in on paper, in the language the worker reads. The
 * doctor types the answers in afterwards with quick entry.
 */
export function PaperQuestionnaire({ workerId }: { workerId: number }) {
  const translator = useT();
  const { t, locale } = translator;
  const id = useId();
  const [language, setLanguage] = useState<Language>(locale.language);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  async function make() {
    setBusy(true);
    setOutcome(null);
    const result = await call('documents.questionnaire', { workerId, language });
    setBusy(false);
    if (!result.ok) return setOutcome({ tone: 'error', text: errorText(result.error, translator) });
    downloadFile(result.value.fileName, result.value.base64, result.value.mimeType);
    setOutcome({ tone: 'success', text: t('documentsUi.ready', { file: result.value.fileName }) });
  }

  return (
    <div className="paper-questionnaire">
      <p className="muted small">{t('documentsUi.questionnaire.hint')}</p>
      <div className="paper-questionnaire__row">
        <label htmlFor={`${id}-language`}>{t('documentsUi.questionnaire.language')}</label>
        <select id={`${id}-language`} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t(`language.${code}`)}
            </option>
          ))}
        </select>
        <button type="button" className="button button--small" disabled={busy} onClick={() => void make()}>
          {busy ? t('documentsUi.making') : t('documentsUi.questionnaire.button')}
        </button>
      </div>
      {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
    </div>
  );
}
