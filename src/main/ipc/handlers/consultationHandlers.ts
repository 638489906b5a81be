import { discardConsultationDraft, saveConsultationDraft } from '../../services/consultations/consultationDrafts';
import { openConsultation } from '../../services/consultations/openConsultation';
import { saveConsultation } from '../../services/consultations/saveConsultation';
import type { Store } from '../../services/store/store';
import type { Handlers } from '../handler';

type ConsultationChannels = 'consultations.open' | 'consultations.saveDraft' | 'consultations.discardDraft' | 'consultations.save';

export function consultationHandlers(store: Store): Pick<Handlers, ConsultationChannels> {
  return {
    'consultations.open': ({ workerId, consultationId }, { audit, user }) => {
      const opened = openConsultation(store, workerId, consultationId, user.id);
      audit(workerId);
      return opened;
    },

    'consultations.saveDraft': ({ workerId, consultationId, rowVersion, document }, { audit, user }) =>
      store.transaction(() => {
        const saved = saveConsultationDraft(store, { workerId, consultationId, rowVersion }, user.id, document);
        audit(workerId);
        return saved;
      }),

    'consultations.discardDraft': ({ workerId, consultationId }, { audit, user }) =>
      store.transaction(() => {
        discardConsultationDraft(store, workerId, consultationId, user.id);
        audit(workerId);
        return null;
      }),

    'consultations.save': (input, { audit, user }) =>
      store.transaction(() => {
        const saved = saveConsultation(store, input, user);
        audit(input.workerId, input.consultationId === null ? undefined : 'amend');
        return saved;
      }),
  };
}
