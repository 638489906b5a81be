import { reintegrationAssessmentPdf, saveTrajectory } from '../../services/legal/belgianCase';
import { fedrisRequestPdf, saveFedrisRequest } from '../../services/legal/fedrisRequest';
import { legalTrajectoryOf } from '../../services/legal/legalTrajectory';
import { poortwachterDocumentPdf, savePoortwachterDocument } from '../../services/legal/poortwachterDocuments';
import type { Store } from '../../services/store/store';
import type { Handlers } from '../handler';

type LegalChannels =
  | 'legal.get'
  | 'legal.savePoortwachterDocument'
  | 'legal.poortwachterPdf'
  | 'legal.saveTrajectory'
  | 'legal.reintegrationAssessmentPdf'
  | 'legal.saveFedrisRequest'
  | 'legal.fedrisRequestPdf';

export function legalHandlers(store: Store): Pick<Handlers, LegalChannels> {
  return {
    'legal.get': ({ workerId }, { audit }) => {
      const trajectory = legalTrajectoryOf(store, workerId);
      audit(workerId);
      return trajectory;
    },
    'legal.savePoortwachterDocument': (input, { audit, user }) =>
      store.transaction(() => {
        const saved = savePoortwachterDocument(store, input, user);
        audit(input.workerId);
        return saved;
      }),
    'legal.poortwachterPdf': async (input, { audit }) => {
      const document = await poortwachterDocumentPdf(store, input);
      audit(input.workerId, 'document');
      return document;
    },
    'legal.saveTrajectory': (input, { audit, user }) =>
      store.transaction(() => {
        const saved = saveTrajectory(store, input, user);
        audit(input.workerId);
        return saved;
      }),
    'legal.reintegrationAssessmentPdf': async ({ workerId }, { audit }) => {
      const document = await reintegrationAssessmentPdf(store, workerId);
      audit(workerId, 'document');
      return document;
    },
    'legal.saveFedrisRequest': (input, { audit, user }) =>
      store.transaction(() => {
        const saved = saveFedrisRequest(store, input, user);
        audit(input.workerId);
        return saved;
      }),
    'legal.fedrisRequestPdf': async ({ workerId }, { audit }) => {
      const document = await fedrisRequestPdf(store, workerId);
      audit(workerId, 'document');
      return document;
    },
  };
}
