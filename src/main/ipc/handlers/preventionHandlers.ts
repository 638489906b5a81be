import { translate } from '../../../shared/i18n';
import type { AggregatesRequest, User } from '../../../shared/model';
import { hasPermission } from '../../../shared/permissions';
import { aggregatesCsv } from '../../services/prevention/aggregatesCsv';
import { exportFileName } from '../../services/prevention/exportFileName';
import { liftingTaskWithResult, rateLiftingTask } from '../../services/prevention/liftingTasks';
import { analyseRoster, importRoster } from '../../services/prevention/rosterImport';
import { workplaceAggregates } from '../../services/prevention/workplaceAggregates';
import { renderWorkplaceReport } from '../../services/reports/workplaceReport/render';
import type { Store } from '../../services/store/store';
import { InvalidInputError, notFound } from '../../services/domainError';
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
  /** The suppressed aggregates: the only form in which health figures reach an advisor. */
  function aggregatesFor(request: Required<Pick<AggregatesRequest, 'employerId' | 'from' | 'to' | 'unit'>>) {
    // Only months that are over: the same period asked today and tomorrow must give the same answer.
    if (request.to >= `${store.clock.today().slice(0, 8)}01`) throw InvalidInputError.field(['to'], 'periodNotOver');
    return workplaceAggregates(store, request.employerId, { from: request.from, to: request.to }, request.unit);
  }

  function requireEmployer(employerId: number) {
    if (!store.aggregates.employerName(employerId)) throw notFound();
  }

  return {
    'prevention.aggregates': (request) => aggregatesFor(request),

    'prevention.aggregatesCsv': ({ request, language }) => aggregatesCsv(aggregatesFor(request), language),

    'prevention.workplaceReport': async ({ request, language }) => {
      const aggregates = aggregatesFor(request);
      const pdf = await renderWorkplaceReport(aggregates, {
        language,
        practiceName: store.practice.settings()?.name ?? '',
        logo: store.practice.logo(),
        issuedAt: store.clock.now(),
      });
      const stem = translate({ language, jurisdiction: aggregates.jurisdiction }, 'prevention.report.fileName');
      return { fileName: exportFileName(aggregates, stem, 'pdf'), content: pdf.toString('base64') };
    },

    'prevention.liftingTasks': ({ employerId }) => {
      requireEmployer(employerId);
      return store.liftingTasks.forEmployer(employerId).map(liftingTaskWithResult);
    },

    'prevention.saveLiftingTask': (input) => {
      const id = store.transaction(() => {
        if (store.workplaces.jobPosition(input.jobPositionId)?.employerId !== input.employerId) throw InvalidInputError.field(['jobPositionId']);
        if (input.id !== undefined && store.liftingTasks.get(input.id)?.employerId !== input.employerId) throw notFound();
        return store.liftingTasks.save(input, rateLiftingTask(input));
      });
      const saved = store.liftingTasks.get(id);
      if (!saved) throw notFound();
      return liftingTaskWithResult(saved);
    },

    'prevention.deleteLiftingTask': ({ id }) => {
      store.transaction(() => {
        if (!store.liftingTasks.get(id)) throw notFound();
        store.liftingTasks.delete(id);
      });
      return null;
    },

    'prevention.previewRoster': (file, { user }) => {
      requireEmployer(file.employerId);
      return analyseRoster(store, file, rosterReader(user)).preview;
    },

    'prevention.importRoster': (file, { user }) => {
      requireEmployer(file.employerId);
      return importRoster(store, file, user, rosterReader(user));
    },
  };
}
