import { signInChecker } from '../../services/auth/signIn';
import { answerInWorkerMode, endWorkerMode, startWorkerMode, workerModeQuestionnaire } from '../../services/workerMode/workerMode';
import type { Store } from '../../services/store/store';
import type { Handlers } from '../handler';

type WorkerModeChannels = 'workerMode.start' | 'workerMode.questionnaire' | 'workerMode.answer' | 'workerMode.leave';

export function workerModeHandlers(store: Store): Pick<Handlers, WorkerModeChannels> {
  const passphrase = signInChecker(store);
  return {
    'workerMode.start': async (input, { session, audit }) => {
      await startWorkerMode(store, session, input);
      await audit(input.workerId);
      return null;
    },

    'workerMode.questionnaire': (_input, { session, user }) => workerModeQuestionnaire(store, session, user.id),

    'workerMode.answer': async ({ answers }, { session, user }) => {
      const workerId = await answerInWorkerMode(store, session, user.id, answers);
      await store.accessLog.record(user, { action: 'workerAnswer', channel: 'workerMode.answer', workerId, outcome: 'allowed' });
      return null;
    },

    'workerMode.leave': async (input, { session, user }) => {
      await passphrase.check(user.name, input.passphrase, 'auth.unlock', session.workstation);
      endWorkerMode(session);
      await store.accessLog.record(user, { action: 'workerModeEnd', channel: 'workerMode.leave', workerId: null, outcome: 'allowed' });
      return null;
    },
  };
}
