import { workerDossier } from '../../services/dossier/workerDossier';
import type { Store } from '../../services/store/store';
import type { Handlers } from '../handler';

export function dossierHandlers(store: Store): Pick<Handlers, 'dossier.get'> {
  return {
    'dossier.get': async ({ workerId }, { audit, user }) => {
      const dossier = await workerDossier(store, workerId, user.id);
      await audit(workerId);
      return dossier;
    },
  };
}
