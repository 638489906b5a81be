import {
  evaluationInputOf,
  intakeSchema,
  redFlagObservationFields,
  type EvaluationContext,
  type Intake,
  type IntakeInput,
} from '../src/shared/model';
import { evaluateConsultation, RISK_FACTORS, YELLOW_FLAG_CODES, type ConsultationEvaluation } from '../src/shared/rules';
import type { SqliteStore } from '../src/main/services/store/store';
import type { GeneratedWorker } from './generateWorkplaces';
import type { RandomSource } from './random';

interface Template {
  intake: Intake;
  intakeJson: string;
  evaluation: ConsultationEvaluation;
  evaluationJson: string;
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const dayZero = '2024-01-01';
const dayRange = 1034; // up to 2026-10-31

/** One plausible intake: mostly acute non-specific pain, some chronic, few red flags. */
function randomIntake(random: RandomSource): IntakeInput {
  const consultationDate = addDays(dayZero, random.int(0, dayRange));
  const phase = random.weighted({ acute: 60, subacute: 25, chronic: 15 });
  const weeks = phase === 'acute' ? random.int(0, 5) : phase === 'subacute' ? random.int(6, 11) : random.int(12, 60);
  const onsetDate = addDays(consultationDate, -(weeks * 7 + random.int(0, 6)));
  const workStatus = random.weighted({ working: 50, partlyWorking: 20, offWork: 30 });
  const sickLeaveStart = workStatus === 'working' ? null : addDays(onsetDate, Math.min(random.int(0, 5), weeks * 7));
  const redFlags = Object.fromEntries(redFlagObservationFields.map((field) => [field, random.next() < 0.012]));
  const riskFactors = [...new Set(Array.from({ length: random.int(0, 4) }, () => random.pick(RISK_FACTORS).code))];
  const yellowFlags = [...new Set(Array.from({ length: random.int(0, 2) }, () => random.pick(YELLOW_FLAG_CODES)))];
  const yes = (p: number) => random.next() < p;
  return {
    consultationDate,
    episodeId: null,
    complaint: {
      onsetDate,
      painScore: random.int(1, 9),
      radiation: random.weighted({ none: 60, buttockOrThigh: 25, belowKnee: 15 }),
      course: random.weighted({ improving: 50, fluctuating: 25, unchanged: 18, worsening: 7 }),
      previousEpisodes: random.weighted({ none: 40, once: 30, several: 30 }),
      workStatus,
      sickLeaveStart,
      sickLeaveEnd: null,
      lbpIncapacityDaysPrevious12Months: 0,
      planVanAanpakDate: null,
    },
    redFlags,
    redFlagsScreened: true,
    acknowledgedRedFlags: [],
    riskFactors,
    yellowFlags,
    startBack: yes(0.7)
      ? {
          legPain: yes(0.4), shoulderOrNeckPain: yes(0.3), walkedOnlyShortDistances: yes(0.3), dressedMoreSlowly: yes(0.3),
          notSafeToBeActive: yes(0.3), worryingThoughts: yes(0.3), painTerribleNeverBetter: yes(0.2), notEnjoyingThings: yes(0.2),
          bothersomeness: random.pick(['notAtAll', 'slightly', 'moderately', 'veryMuch', 'extremely'] as const),
        }
      : null,
    orebro: null,
    findings: 'Fictieve bevindingen voor de benchmark: beweeglijkheid lumbaal wat beperkt, geen neurologische uitval.',
    conclusion: 'Aspecifieke lage rugpijn (fictief).',
    advice: [],
    followUpDate: addDays(consultationDate, random.int(14, 42)),
  };
}

/**
 * A pool of distinct consultations evaluated with the real rules; the generated practice reuses
 * them across workers, so generation stays fast while every stored row is a real evaluation.
 */
export function consultationTemplates(random: RandomSource, count: number, context: EvaluationContext): Template[] {
  return Array.from({ length: count }, () => {
    const intake = intakeSchema.parse(randomIntake(random));
    const evaluation = evaluateConsultation(evaluationInputOf(intake, context));
    const withAdvice = { ...intake, advice: evaluation.advice };
    return { intake: withAdvice, intakeJson: JSON.stringify(withAdvice), evaluation, evaluationJson: JSON.stringify(evaluation) };
  });
}

/** Episodes and consultations for a share of the workers, until `total` consultations exist. */
export function generateConsultations(
  store: SqliteStore,
  random: RandomSource,
  workers: GeneratedWorker[],
  templates: Template[],
  options: { total: number; doctorId: number },
): { consultations: number; episodes: number; workersWithEpisodes: number[] } {
  // SQLite only: the bulk of a generated practice goes straight through the raw connection.
  const db = store.sqliteConnection;
  const now = '2026-11-01T00:00:00.000Z';
  const insertEpisode = db.prepare(
    `INSERT INTO episodes (worker_id, onset_date, sick_leave_start, sick_leave_end, work_status, closed_on, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertConsultation = db.prepare(
    `INSERT INTO consultations (episode_id, worker_id, doctor_id, consultation_date, status, intake, evaluation, phase,
       urgency, chronicity_level, pain_score, follow_up_date, created_at, updated_at, signed_by, signed_at)
     VALUES (?, ?, ?, ?, 'final', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertRiskFactor = db.prepare('INSERT INTO consultation_risk_factors (consultation_id, code) VALUES (?, ?)');

  let consultations = 0;
  let episodes = 0;
  const workersWithEpisodes: number[] = [];
  const batch = db.transaction((slice: GeneratedWorker[]) => {
    for (const worker of slice) {
      if (consultations >= options.total) return;
      workersWithEpisodes.push(worker.id);
      const episodeCount = random.weighted({ 1: 60, 2: 28, 3: 12 });
      for (let e = 0; e < Number(episodeCount); e += 1) {
        const first = random.pick(templates);
        const c = first.intake.complaint;
        const closed = e < Number(episodeCount) - 1;
        const sickLeaveEnd = c.sickLeaveStart && closed ? addDays(c.sickLeaveStart, random.int(3, 120)) : null;
        const episodeId = Number(
          insertEpisode.run(worker.id, c.onsetDate, c.sickLeaveStart, sickLeaveEnd, closed ? 'working' : c.workStatus,
            closed ? first.intake.consultationDate : null, now, now).lastInsertRowid,
        );
        episodes += 1;
        const count = random.int(1, 4);
        for (let k = 0; k < count && consultations < options.total; k += 1) {
          const t = k === 0 ? first : random.pick(templates);
          const id = Number(
            insertConsultation.run(episodeId, worker.id, options.doctorId, t.intake.consultationDate, t.intakeJson, t.evaluationJson,
              t.evaluation.phase.phase, t.evaluation.redFlags.urgency, t.evaluation.chronicity.level,
              t.intake.complaint.painScore, t.intake.followUpDate, now, now, options.doctorId, now).lastInsertRowid,
          );
          for (const code of t.intake.riskFactors) insertRiskFactor.run(id, code);
          consultations += 1;
        }
      }
    }
  });

  // Shuffle so that every employer, big and small, has workers with back complaints.
  const order = [...workers];
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [order[i], order[j]] = [order[j] as GeneratedWorker, order[i] as GeneratedWorker];
  }
  for (let i = 0; i < order.length && consultations < options.total; i += 2000) batch(order.slice(i, i + 2000));
  return { consultations, episodes, workersWithEpisodes };
}
