import { generateConsultationDocument } from '../../services/documents/generateConsultationDocument';
import { generateQuestionnaireForm } from '../../services/documents/generateQuestionnaireForm';
import type { Store } from '../../services/store/store';
import type { Handlers } from '../handler';

export function documentHandlers(store: Store): Pick<Handlers, 'documents.generate' | 'documents.questionnaire'> {
  return {
    'documents.generate': async (request, { audit, user }) => {
      const { workerId, document } = await generateConsultationDocument(store, request, user);
      await audit(workerId, { action: 'document' });
      return document;
    },
    'documents.questionnaire': async ({ workerId, language }, { audit }) => {
      const document = await generateQuestionnaireForm(store, workerId, language);
      await audit(workerId, { action: 'document' });
      return document;
    },
  };
}
