import { AgendaScreen } from '../agenda/AgendaScreen';
import { ConsultationScreen } from '../intake/ConsultationScreen';
import { LegalScreen } from '../legal/LegalScreen';
import { PlanScreen } from '../rtw/PlanScreen';
import { DossierScreen } from './DossierScreen';

type DossierRoute =
  | { screen: 'dossier'; workerId: number }
  | { screen: 'consultation'; workerId: number; consultationId: number | null }
  | { screen: 'plan'; workerId: number; episodeId: number }
  | { screen: 'legal'; workerId: number }
  | { screen: 'agenda' };

/** Reads the doctor's screens from the hash path; null for any other path. */
export function dossierRoute(path: string): DossierRoute | null {
  if (path === '/agenda') return { screen: 'agenda' };
  let match = /^\/workers\/(\d+)$/.exec(path);
  if (match) return { screen: 'dossier', workerId: Number(match[1]) };
  match = /^\/workers\/(\d+)\/consultation\/(new|\d+)$/.exec(path);
  if (match) return { screen: 'consultation', workerId: Number(match[1]), consultationId: match[2] === 'new' ? null : Number(match[2]) };
  match = /^\/workers\/(\d+)\/legal$/.exec(path);
  if (match) return { screen: 'legal', workerId: Number(match[1]) };
  match = /^\/workers\/(\d+)\/episodes\/(\d+)\/plan$/.exec(path);
  if (match) return { screen: 'plan', workerId: Number(match[1]), episodeId: Number(match[2]) };
  return null;
}

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
    case 'legal':
      return <LegalScreen key={route.workerId} workerId={route.workerId} />;
    case 'agenda':
      return <AgendaScreen />;
  }
}
