import { discardConsultationDraft, saveConsultationDraft } from '../../services/consultations/consultationDrafts';
import { openConsultation } from '../../services/consultations/openConsultation';
import { saveConsultationIn } from '../../services/consultations/saveConsultation';
import type { Store } from '../../services/store/store';
import type { Handlers } from '../handler';

type ConsultationChannels = 'consultations.open' | 'consultations.saveDraft' | 'consultations.discardDraft' | 'consultations.save';

export function consultationHandlers(store: Store): Pick<Handlers, ConsultationChannels> {
  return {
    'consultations.open': async ({ workerId, consultationId }, { audit, user }) => {
      const opened = await openConsultation(store, workerId, consultationId, user.id);
      await audit(workerId);
      return opened;
    },

    'consultations.saveDraft': ({ workerId, consultationId, rowVersion, document }, { audit, user }) =>
      store.transaction(async (tx) => {
        const saved = await saveConsultationDraft(tx, { workerId, consultationId, rowVersion }, user.id, document);
        await audit(workerId, { tx });
        return saved;
      }),

    'consultations.discardDraft': ({ workerId, consultationId }, { audit, user }) =>
      store.transaction(async (tx) => {
        await discardConsultationDraft(tx, workerId, consultationId, user.id);
        await audit(workerId, { tx });
        return null;
      }),

    'consultations.save': (input, { audit, user }) =>
      store.transaction(async (tx) => {
        const saved = await saveConsultationIn(tx, input, user);
        await audit(input.workerId, { action: input.consultationId === null ? undefined : 'amend', tx });
        return saved;
      }),
  };
}
