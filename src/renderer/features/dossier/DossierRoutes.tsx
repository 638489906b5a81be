import type { DossierRoute } from '../../app/routes';
import { AgendaScreen } from '../agenda/AgendaScreen';
import { ConsultationScreen } from '../intake/ConsultationScreen';
import { PlanScreen } from '../rtw/PlanScreen';
import { DossierScreen } from './DossierScreen';

/** The dossier, consultation, plan and agenda screens. */
export function DossierRoutes({ route }: { route: DossierRoute }) {
  switch (route.screen) {
    case 'dossier':
      return <DossierScreen key={route.workerId} workerId={route.workerId} />;
    case 'consultation':
      return (
        <ConsultationScreen
          key={`${route.workerId}-${route.consultationId ?? 'new'}`}
          workerId={route.workerId}
          consultationId={route.consultationId}
        />
      );
    case 'plan':
      return <PlanScreen key={`${route.workerId}-${route.episodeId}`} workerId={route.workerId} episodeId={route.episodeId} />;
    case 'agenda':
      return <AgendaScreen />;
  }
}
