import { useId, useState } from 'react';
import type { Language } from '../../../shared/model';
import { call } from '../../api/client';
import { useSubmitForm } from '../../api/useSubmitForm';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';
import { downloadFile } from '../prevention/download';

const LANGUAGES: readonly Language[] = ['nl', 'fr', 'en'];

/**
 * The questionnaires due today as a PDF to fill in on paper, in the language the worker reads. The
 * doctor types the answers in afterwards with quick entry.
 */
export function PaperQuestionnaire({ workerId }: { workerId: number }) {
  const { t, locale } = useT();
  const id = useId();
  const [language, setLanguage] = useState<Language>(locale.language);
  const form = useSubmitForm();
  const [made, setMade] = useState<string | null>(null);

  async function make() {
    setMade(null);
    const result = await form.send(() => call('documents.questionnaire', { workerId, language }));
    if (result === null) return;
    downloadFile(result.value.fileName, result.value.base64, result.value.mimeType);
    setMade(result.value.fileName);
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
        <button type="button" className="button button--small" disabled={form.busy} onClick={() => void make()}>
          {form.busy ? t('documentsUi.making') : t('documentsUi.questionnaire.button')}
        </button>
      </div>
      {form.failure && <Notice tone="error">{form.failure}</Notice>}
      {made && <Notice tone="success">{t('documentsUi.ready', { file: made })}</Notice>}
    </div>
  );
}
