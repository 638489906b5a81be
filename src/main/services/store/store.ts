import { createAccessLogRepository } from './accessLogRepository';
import type { Clock } from './clock';
import { openDatabase } from './database';
import { createPracticeRepository } from './practiceRepository';
import { createUserRepository } from './userRepository';
import { createSignInFailureRepository } from './signInFailureRepository';
import { createWorkerRepository } from './workerRepository';
import { createWorkplaceRepository } from './workplaceRepository';
import { createEpisodeRepository } from './episodeRepository';
import { createConsultationRepository } from './consultationRepository';
import { createReturnToWorkPlanRepository } from './returnToWorkPlanRepository';
import { createAgendaRepository } from './agendaRepository';
import { createLiftingTaskRepository } from './liftingTaskRepository';
import { createAggregatesRepository } from './aggregatesRepository';

/** The practice's SQLite file with its repositories. */
export function openStore(file: string, clock: Clock, nativeBinding?: string) {
  const db = openDatabase(file, nativeBinding);
  return {
    db,
    clock,
    practice: createPracticeRepository(db, clock),
    users: createUserRepository(db, clock),
    signInFailures: createSignInFailureRepository(db),
    workplaces: createWorkplaceRepository(db, clock),
    workers: createWorkerRepository(db, clock),
    accessLog: createAccessLogRepository(db, clock),
    episodes: createEpisodeRepository(db, clock),
    consultations: createConsultationRepository(db, clock),
    plans: createReturnToWorkPlanRepository(db, clock),
    agenda: createAgendaRepository(db),
    liftingTasks: createLiftingTaskRepository(db, clock),
    aggregates: createAggregatesRepository(db),
    /** Runs `work` in one transaction: all of it is written, or none of it. */
    transaction<T>(work: () => T): T {
      return db.transaction(work)();
    },
    close(): void {
      db.close();
    },
  };
}
export type Store = ReturnType<typeof openStore>;
