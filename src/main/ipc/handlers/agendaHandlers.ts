import { addDays } from '../../../shared/rules';
import { endOfWeek } from '../../services/store/agendaRepository';
import type { Store } from '../../services/store/store';
import type { Handlers } from '../handler';

/** Days shown by the 'four weeks' period, today included. */
const FOUR_WEEKS_DAYS = 28;

export function agendaHandlers(store: Store): Pick<Handlers, 'agenda.list'> {
  const { agenda, clock } = store;
  return {
    'agenda.list': ({ horizon }, { audit, user }) => {
      const today = clock.today();
      const until = horizon === 'thisWeek' ? endOfWeek(today) : addDays(today, FOUR_WEEKS_DAYS - 1);
      const items = agenda.forDoctor(user.id, { today, until });
      for (const workerId of new Set(items.map((item) => item.workerId))) audit(workerId);
      return { today, until, items };
    },
  };
}
