/*
 * Where `npm run documents:samples` writes workplace-report.pdf. The sample workplace of
 * sampleCase.ts (employer, departments including one with fewer than 5 workers, workers and their
 * consultations, lifting tasks) goes into a temporary practice file; the report is made from its
 * aggregates exactly as the app makes it, small cells suppressed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rateLiftingTask } from '../../src/main/services/prevention/liftingTasks';
import { workplaceAggregates } from '../../src/main/services/prevention/workplaceAggregates';
import { renderWorkplaceReport } from '../../src/main/services/reports/workplaceReport/render';
import { openStore } from '../../src/main/services/store/store';
import { complaintPhase } from '../../src/shared/rules';
import { SAMPLE_ISSUED_AT, SAMPLE_ISSUED_ON, type SampleWorkplace } from './sampleCase';

const PRACTICE_NAME = 'Arbodienst Voorbeeld (fictief)';

/** Fills a new practice file with the sample workplace; returns the employer's id. */
function storeSample(store: ReturnType<typeof openStore>, sample: SampleWorkplace): number {
  const db = store.db;
  const insertEpisode = db.prepare(
    `INSERT INTO episodes (worker_id, onset_date, sick_leave_start, sick_leave_end, work_status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertConsultation = db.prepare(
    `INSERT INTO consultations (episode_id, worker_id, doctor_id, consultation_date, status, intake, phase, urgency,
       chronicity_level, pain_score, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'final', '{}', ?, 'none', 'unknown', ?, ?, ?)`,
  );
  const insertFactor = db.prepare('INSERT INTO consultation_risk_factors (consultation_id, code) VALUES (?, ?)');
  return store.transaction(() => {
    store.practice.create({ name: PRACTICE_NAME, jurisdiction: 'NL', language: 'nl', smallCellK: 5, idleLockMinutes: 10, orebroCutOff: 50, address: null, phone: null, email: null });
    const doctorId = store.users.create({ name: 'Dr. Voorbeeld', role: 'doctor', passphraseHash: 'sample: no sign-in' });
    const employerId = store.workplaces.saveEmployer(sample.employer);
    const departmentIds = new Map(sample.departments.map((d) => [d.key, store.workplaces.saveDepartment({ employerId, name: d.name })]));
    const jobIds = new Map(
      sample.jobs.map((job) => [
        job.key,
        store.workplaces.saveJobPosition({
          employerId,
          departmentId: departmentIds.get(job.departmentKey) ?? null,
          title: job.title,
          maxLoadKg: job.maxLoadKg,
          exposures: job.exposures,
        }),
      ]),
    );
    for (const worker of sample.workers) {
      const workerId = store.workers.save({
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
      for (const c of worker.consultations) {
        const episodeId = Number(insertEpisode.run(workerId, c.onsetDate, c.sickLeaveStart, c.sickLeaveEnd, c.workStatus, SAMPLE_ISSUED_AT, SAMPLE_ISSUED_AT).lastInsertRowid);
        const phase = complaintPhase(c.onsetDate, c.consultationDate).phase;
        const consultationId = Number(
          insertConsultation.run(episodeId, workerId, doctorId, c.consultationDate, phase, c.painScore, SAMPLE_ISSUED_AT, SAMPLE_ISSUED_AT)
            .lastInsertRowid,
        );
        for (const code of c.riskFactors) insertFactor.run(consultationId, code);
      }
    }
    for (const task of sample.liftingTasks) {
      const input = {
        employerId,
        jobPositionId: jobIds.get(task.jobKey) ?? 0,
        name: task.name,
        ...task.task,
        assessedOn: task.assessedOn,
        assessor: 'Ilse Voorbeeld (fictief)',
        notes: null,
      };
      store.liftingTasks.save(input, rateLiftingTask(input));
    }
    return employerId;
  });
}

export async function writeWorkplaceReportSample(folder: string, sample: SampleWorkplace): Promise<string | null> {
  const directory = mkdtempSync(join(tmpdir(), 'ruggensteun-sample-'));
  const store = openStore(join(directory, 'sample.sqlite'), { now: () => SAMPLE_ISSUED_AT, today: () => SAMPLE_ISSUED_ON });
  try {
    const employerId = storeSample(store, sample);
    const aggregates = workplaceAggregates(store, employerId, { from: '2025-01-01', to: '2025-12-31' });
    const pdf = await renderWorkplaceReport(aggregates, { language: 'nl', practiceName: PRACTICE_NAME, logo: null, issuedAt: SAMPLE_ISSUED_AT });
    const path = join(folder, 'workplace-report.pdf');
    writeFileSync(path, pdf);
    return path;
  } finally {
    store.close();
    rmSync(directory, { recursive: true, force: true });
  }
}
