/*
 * Where `npm run documents:samples` writes workplace-report.pdf. The sample workplace of
 * sampleCase.ts (employer, departments including one with fewer than 5 workers, workers and their
 * consultations, lifting tasks) goes into a temporary practice file; the report is made from its
 * aggregates exactly as the app makes it, small cells suppressed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saveConsultationIn } from '../../src/main/services/consultations/saveConsultation';
import { saveLiftingTask } from '../../src/main/services/prevention/liftingTasks';
import { workplaceAggregates } from '../../src/main/services/prevention/workplaceAggregates';
import { renderWorkplaceReport } from '../../src/main/services/reports/workplaceReport/render';
import { openStore } from '../../src/main/services/store/store';
import { saveWorker } from '../../src/main/services/workers/saveWorker';
import { saveDepartment, saveEmployer, saveJobPosition } from '../../src/main/services/workplaces/saveWorkplace';
import { intakeSchema, type Intake } from '../../src/shared/model';
import { SAMPLE_ISSUED_AT, SAMPLE_ISSUED_ON, type SampleWorkplace } from './sampleCase';

const PRACTICE_NAME = 'Arbodienst Voorbeeld (fictief)';

/** A consultation of the sample as the doctor records it: the complaint, the risk factors, nothing else of note. */
function sampleIntake(c: SampleWorkplace['workers'][number]['consultations'][number]): Intake {
  return intakeSchema.parse({
    consultationDate: c.consultationDate,
    episodeId: null,
    complaint: {
      onsetDate: c.onsetDate,
      painScore: c.painScore,
      radiation: 'none',
      course: 'improving',
      previousEpisodes: 'none',
      workStatus: c.workStatus,
      sickLeaveStart: c.sickLeaveStart,
      sickLeaveEnd: c.sickLeaveEnd,
    },
    redFlags: {},
    redFlagsScreened: true,
    riskFactors: c.riskFactors,
    findings: '',
    conclusion: '',
    followUpDate: null,
  });
}

/** Fills a new practice file with the sample workplace through the app's services; returns the employer's id. */
async function storeSample(store: ReturnType<typeof openStore>, sample: SampleWorkplace): Promise<number> {
  return store.transaction(async (tx) => {
    await tx.practice.create({ name: PRACTICE_NAME, jurisdiction: 'NL', language: 'nl', smallCellK: 5, idleLockMinutes: 10, orebroCutOff: 50, address: null, phone: null, email: null });
    const doctor = { name: 'Dr. Voorbeeld' };
    const doctorId = await tx.users.create({ ...doctor, role: 'doctor', passphraseHash: 'sample: no sign-in' });
    const employerId = await saveEmployer(tx, sample.employer);
    const departmentIds = new Map<string, number>();
    for (const d of sample.departments) departmentIds.set(d.key, await saveDepartment(tx, { employerId, name: d.name }));
    const jobIds = new Map<string, number>();
    for (const job of sample.jobs) {
      jobIds.set(
        job.key,
        await saveJobPosition(tx, {
          employerId,
          departmentId: departmentIds.get(job.departmentKey) ?? null,
          title: job.title,
          maxLoadKg: job.maxLoadKg,
          exposures: job.exposures,
        }),
      );
    }
    for (const worker of sample.workers) {
      const { id: workerId } = await saveWorker(tx, {
        employerId,
        departmentId: departmentIds.get(worker.departmentKey) ?? null,
        jobPositionId: jobIds.get(worker.jobKey) ?? null,
        personnelNumber: worker.personnelNumber,
        firstName: worker.firstName,
        lastName: worker.lastName,
        birthDate: worker.birthDate,
        contractHoursPerWeek: worker.contractHoursPerWeek,
        email: null,
        phone: null,
      });
      for (const consultation of worker.consultations) {
        await saveConsultationIn(tx, { workerId, consultationId: null, intake: sampleIntake(consultation) }, { id: doctorId, name: doctor.name });
      }
    }
    for (const task of sample.liftingTasks) {
      await saveLiftingTask(tx, {
        employerId,
        jobPositionId: jobIds.get(task.jobKey) ?? 0,
        name: task.name,
        ...task.task,
        assessedOn: task.assessedOn,
        assessor: 'Ilse Voorbeeld (fictief)',
        notes: null,
      });
    }
    return employerId;
  });
}

export async function writeWorkplaceReportSample(folder: string, sample: SampleWorkplace): Promise<string | null> {
  const directory = mkdtempSync(join(tmpdir(), 'ruggensteun-sample-'));
  const store = openStore(join(directory, 'sample.sqlite'), { now: () => SAMPLE_ISSUED_AT, today: () => SAMPLE_ISSUED_ON });
  try {
    const employerId = await storeSample(store, sample);
    const aggregates = await workplaceAggregates(store, employerId, { from: '2025-01-01', to: '2025-12-31' });
    const pdf = await renderWorkplaceReport(aggregates, { language: 'nl', practiceName: PRACTICE_NAME, logo: null, issuedAt: SAMPLE_ISSUED_AT });
    const path = join(folder, 'workplace-report.pdf');
    writeFileSync(path, pdf);
    return path;
  } finally {
    store.close();
    rmSync(directory, { recursive: true, force: true });
  }
}
