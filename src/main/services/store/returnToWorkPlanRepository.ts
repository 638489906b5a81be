import { planDocumentSchema, type PlanDocument, type PlanVersion } from '../../../shared/model';
import { changedMeanwhile } from '../domainError';
import type { Clock } from './clock';
import type { Db } from './database';

interface VersionRow {
  plan_id: number;
  version: number;
  status: PlanVersion['status'];
  document: string;
  next_review: string | null;
  created_at: string;
  created_by_name: string;
}

function toVersion(row: VersionRow): PlanVersion {
  return {
    planId: row.plan_id,
    version: row.version,
    status: row.status,
    plan: planDocumentSchema.parse(JSON.parse(row.document)),
    nextReview: row.next_review,
    createdAt: row.created_at,
    createdByName: row.created_by_name,
  };
}

/** The first review date of the plan on or after `today`, or its last one; the hold's review date when on hold. */
export function nextReviewOf(plan: PlanDocument, today: string): string | null {
  if (plan.status === 'onHold') return plan.reviewDate;
  const reviews = plan.steps.map((step) => step.reviewDate).sort();
  return reviews.find((date) => date >= today) ?? reviews.at(-1) ?? null;
}

/** Return-to-work plans per episode; a saved change never overwrites, it adds a version. */
export function createReturnToWorkPlanRepository(db: Db, clock: Clock) {
  const planOfEpisode = db.prepare<[number], { id: number }>('SELECT id FROM return_to_work_plans WHERE episode_id = ? ORDER BY id LIMIT 1');
  // One plan per episode (unique index): a second first version of the same episode inserts nothing.
  const insertPlan = db.prepare(
    'INSERT INTO return_to_work_plans (episode_id, worker_id, created_at) VALUES (@episodeId, @workerId, @now) ON CONFLICT DO NOTHING',
  );
  const versions = db.prepare<[number], VersionRow>(
    `SELECT v.plan_id, v.version, v.status, v.document, v.next_review, v.created_at, u.name AS created_by_name
       FROM return_to_work_plan_versions v JOIN users u ON u.id = v.created_by
      WHERE v.plan_id = ? ORDER BY v.version DESC`,
  );
  const latestVersion = db.prepare<[number], VersionRow>(
    `SELECT v.plan_id, v.version, v.status, v.document, v.next_review, v.created_at, u.name AS created_by_name
       FROM return_to_work_plan_versions v JOIN users u ON u.id = v.created_by
      WHERE v.plan_id = ? ORDER BY v.version DESC LIMIT 1`,
  );
  // A version number taken meanwhile (unique per plan) inserts nothing.
  const insertVersion = db.prepare(
    `INSERT INTO return_to_work_plan_versions (plan_id, version, status, document, next_review, created_by, created_at)
     VALUES (@planId, @version, @status, @document, @nextReview, @createdBy, @now) ON CONFLICT DO NOTHING`,
  );

  return {
    /** Every version of the episode's plan, newest first. */
    versions(episodeId: number): PlanVersion[] {
      const plan = planOfEpisode.get(episodeId);
      return plan ? versions.all(plan.id).map(toVersion) : [];
    },
    current(episodeId: number): PlanVersion | null {
      const plan = planOfEpisode.get(episodeId);
      const row = plan ? latestVersion.get(plan.id) : undefined;
      return row ? toVersion(row) : null;
    },
    /**
     * Adds the version after `basedOnVersion` (null: creates the plan with version 1), inside the
     * caller's transaction. The plan's versions are its row version: when `basedOnVersion` is not
     * the latest (someone saved meanwhile), the save is refused ('changedMeanwhile') and nothing is
     * written. Two saves from the same version at once: the unique version number refuses the second.
     */
    addVersion(input: { workerId: number; episodeId: number; plan: PlanDocument; createdBy: number; basedOnVersion: number | null }): PlanVersion {
      const now = clock.now();
      const existing = planOfEpisode.get(input.episodeId)?.id;
      const latest = existing === undefined ? null : (latestVersion.get(existing)?.version ?? null);
      if (latest !== input.basedOnVersion) throw changedMeanwhile();
      let planId: number;
      if (existing === undefined) {
        const inserted = insertPlan.run({ episodeId: input.episodeId, workerId: input.workerId, now });
        if (inserted.changes === 0) throw changedMeanwhile();
        planId = Number(inserted.lastInsertRowid);
      } else {
        planId = existing;
      }
      const version = (input.basedOnVersion ?? 0) + 1;
      const inserted = insertVersion.run({
        planId,
        version,
        status: input.plan.status,
        document: JSON.stringify(input.plan),
        nextReview: nextReviewOf(input.plan, clock.today()),
        createdBy: input.createdBy,
        now,
      });
      if (inserted.changes === 0) throw changedMeanwhile();
      const saved = latestVersion.get(planId);
      if (!saved) throw new Error('Plan version was not written');
      return toVersion(saved);
    },
  };
}
export type ReturnToWorkPlanRepository = ReturnType<typeof createReturnToWorkPlanRepository>;
