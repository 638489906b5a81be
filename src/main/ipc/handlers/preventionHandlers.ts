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

export function preventionHandlers(store: Store): Pick<Handlers, PreventionChannels> {
  return {
    'prevention.aggregates': (request) => aggregatesFor(store, request),
    'prevention.aggregatesCsv': ({ request, language }) => aggregatesCsvFile(store, request, language),
    'prevention.workplaceReport': ({ request, language }) => workplaceReportFile(store, request, language),
    'prevention.liftingTasks': ({ employerId }) => liftingTasksOf(store, employerId),
    'prevention.saveLiftingTask': (input) => saveLiftingTask(store, input),
    'prevention.deleteLiftingTask': ({ id }) => {
      deleteLiftingTask(store, id);
      return null;
    },
    'prevention.previewRoster': (file) => analyseRoster(store, file).preview,
    'prevention.importRoster': (file, { user }) => importRoster(store, file, user),
  };
}
