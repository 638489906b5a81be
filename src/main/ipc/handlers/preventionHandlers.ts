import type { User } from '../../../shared/model';
import { hasPermission } from '../../../shared/permissions';
import { aggregatesCsvFile, aggregatesFor, workplaceReportFile } from '../../services/prevention/aggregateExports';
import { deleteLiftingTask, liftingTasksOf, saveLiftingTask } from '../../services/prevention/liftingTasks';
import { analyseRoster, importRoster } from '../../services/prevention/rosterImport';
import type { Store } from '../../services/store/store';
import type { Handlers } from '../handler';

type PreventionChannels =
  | 'prevention.aggregates'
  | 'prevention.aggregatesCsv'
  | 'prevention.workplaceReport'
  | 'prevention.liftingTasks'
  | 'prevention.saveLiftingTask'
  | 'prevention.deleteLiftingTask'
  | 'prevention.previewRoster'
  | 'prevention.importRoster';

/** Only who may search the workers anyway learns which personnel numbers the employer already has. */
function rosterReader(user: User) {
  return { revealExisting: hasPermission(user.role, 'dossier.read') };
}

export function preventionHandlers(store: Store): Pick<Handlers, PreventionChannels> {
  return {
    'prevention.aggregates': (request) => aggregatesFor(store, request),
    'prevention.aggregatesCsv': ({ request, language }) => aggregatesCsvFile(store, request, language),
    'prevention.workplaceReport': ({ request, language }) => workplaceReportFile(store, request, language),
    'prevention.liftingTasks': ({ employerId }) => liftingTasksOf(store, employerId),
    'prevention.saveLiftingTask': (input) => saveLiftingTask(store, input),
    'prevention.deleteLiftingTask': async ({ id }) => {
      await deleteLiftingTask(store, id);
      return null;
    },
    'prevention.previewRoster': async (file, { user }) => (await analyseRoster(store, file, rosterReader(user))).preview,
    'prevention.importRoster': (file, { user }) => importRoster(store, file, user, rosterReader(user)),
  };
}
