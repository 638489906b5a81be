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
    'legal.get': async ({ workerId }, { audit }) => {
      const trajectory = await legalTrajectoryOf(store, workerId);
      await audit(workerId);
      return trajectory;
    },
    'legal.savePoortwachterDocument': (input, { audit, user }) =>
      store.transaction(async (tx) => {
        const saved = await savePoortwachterDocument(tx, input, user);
        await audit(input.workerId, { tx });
        return saved;
      }),
    'legal.poortwachterPdf': async (input, { audit }) => {
      const document = await poortwachterDocumentPdf(store, input);
      await audit(input.workerId, { action: 'document' });
      return document;
    },
    'legal.saveTrajectory': (input, { audit, user }) =>
      store.transaction(async (tx) => {
        const saved = await saveTrajectory(tx, input, user);
        await audit(input.workerId, { tx });
        return saved;
      }),
    'legal.reintegrationAssessmentPdf': async ({ workerId }, { audit }) => {
      const document = await reintegrationAssessmentPdf(store, workerId);
      await audit(workerId, { action: 'document' });
      return document;
    },
    'legal.saveFedrisRequest': (input, { audit, user }) =>
      store.transaction(async (tx) => {
        const saved = await saveFedrisRequest(tx, input, user);
        await audit(input.workerId, { tx });
        return saved;
      }),
    'legal.fedrisRequestPdf': async ({ workerId }, { audit }) => {
      const document = await fedrisRequestPdf(store, workerId);
      await audit(workerId, { action: 'document' });
      return document;
    },
  };
}
