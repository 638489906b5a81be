import { workerDossier } from '../../services/dossier/workerDossier';
import type { Store } from '../../services/store/store';
import type { Handlers } from '../handler';

export function dossierHandlers(store: Store): Pick<Handlers, 'dossier.get'> {
  return {
    'dossier.get': ({ workerId }, { audit, user }) => {
      const dossier = workerDossier(store, workerId, user.id);
      audit(workerId);
      return dossier;
    },
  };
}
