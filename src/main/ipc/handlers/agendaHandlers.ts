import { doctorAgenda } from '../../services/agenda/agenda';
import type { Store } from '../../services/store/store';
import type { Handlers } from '../handler';

export function agendaHandlers(store: Store): Pick<Handlers, 'agenda.list'> {
  return {
    'agenda.list': async ({ horizon }, { audit, user }) => {
      const agenda = await doctorAgenda(store, user.id, horizon);
      for (const workerId of new Set(agenda.items.map((item) => item.workerId))) await audit(workerId);
      return agenda;
    },
  };
}
