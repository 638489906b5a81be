import type { HandlerMap } from '../../src/main/ipc/handlerMap';
import type { SqlWriter } from '../../src/main/services/store/sql';
import type { IntakeInput } from '../../src/shared/model';
import { employerWithJob, valueOf } from '../support/practiceFixture';

/** A worker (born 10-05-1980, 38 hours) in a warehouse job with heavy lifting (max 20 kg), private sector. */
export async function warehouseWorker(handlers: HandlerMap, personnelNumber = 'W-1') {
  const { employerId, departmentId, jobPositionId } = await employerWithJob(handlers);
  return valueOf(
    await handlers.call('workers.save', {
      employerId,
      departmentId,
      jobPositionId,
      personnelNumber,
      firstName: 'Sanne',
      lastName: 'De Wit',
      birthDate: '1980-05-10',
      contractHoursPerWeek: 38,
    }),
  );
}

/** An acute, non-specific case seen on 16-03-2026: onset 02-03-2026, off work since 03-03-2026. */
export function acuteIntake(overrides: Partial<IntakeInput> = {}): IntakeInput {
  return {
    consultationDate: '2026-03-16',
    episodeId: null,
    complaint: {
      onsetDate: '2026-03-02',
      painScore: 6,
      radiation: 'none',
      course: 'improving',
      previousEpisodes: 'none',
      workStatus: 'offWork',
      sickLeaveStart: '2026-03-03',
    },
    redFlags: {},
    redFlagsScreened: true,
    riskFactors: ['heavyLifting', 'smoking'],
    followUpDate: '2026-03-20',
    ...overrides,
  };
}

/** Makes a saved consultation look like one stored before the screening was recorded: its red flags not gone through. */
export async function storeUnscreened(db: SqlWriter, consultationId: number): Promise<void> {
  const row = await db.get<{ intake: string }>('SELECT intake FROM consultations WHERE id = ?', [consultationId]);
  if (!row) throw new Error(`No consultation ${consultationId}`);
  const intake = JSON.stringify({ ...(JSON.parse(row.intake) as object), redFlagsScreened: false });
  await db.run('UPDATE consultations SET intake = ? WHERE id = ?', [intake, consultationId]);
}
