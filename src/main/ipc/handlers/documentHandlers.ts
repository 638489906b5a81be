import { generateConsultationDocument } from '../../services/documents/generateConsultationDocument';
import type { Store } from '../../services/store/store';
import type { Handlers } from '../handler';

export function documentHandlers(store: Store): Pick<Handlers, 'documents.generate'> {
  return {
    'documents.generate': async (request, { audit, user }) => {
      const { workerId, document } = await generateConsultationDocument(store, request, user);
      audit(workerId, 'document');
      return document;
    },
  };
}
