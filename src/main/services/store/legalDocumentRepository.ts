import {
  fedrisRequestSchema,
  poortwachterDocumentKind,
  poortwachterDocumentSchema,
  reintegrationTrajectorySchema,
  type PoortwachterDocument,
  type FedrisRequest,
  type ReintegrationTrajectory,
  type SavedFedrisRequest,
  type SavedPoortwachterDocument,
  type SavedTrajectory,
} from '../../../shared/model';
import type { Clock } from './clock';
import type { SqlWriter } from './sql';
import { statement } from './statement';

interface DocumentRow {
  id: number;
  episode_id: number;
  document: string;
  created_at: string;
  created_by_name: string;
}

const POORTWACHTER_KINDS = poortwachterDocumentKind.options;

function toSaved(row: DocumentRow): SavedPoortwachterDocument {
  return {
    id: row.id,
    episodeId: row.episode_id,
    document: poortwachterDocumentSchema.parse(JSON.parse(row.document)),
    createdAt: row.created_at,
    createdByName: row.created_by_name,
  };
}

const select = `SELECT d.id, d.episode_id, d.document, d.created_at, u.name AS created_by_name
  FROM legal_documents d JOIN users u ON u.id = d.created_by`;

/** The documents of a worker's legal trajectory; a change is a new document, never an overwrite. */
export function createLegalDocumentRepository(db: SqlWriter, clock: Clock) {
  const kinds = POORTWACHTER_KINDS.map((kind) => `'${kind}'`).join(', ');
  const ofWorker = statement<[number], DocumentRow>(
    db,
    `${select} WHERE d.worker_id = ? AND d.kind IN (${kinds}) ORDER BY d.made_on, d.id`,
  );
  const byId = statement<[number, number], DocumentRow>(db, `${select} WHERE d.id = ? AND d.worker_id = ? AND d.kind IN (${kinds})`);
  const latestTrajectory = statement<[number], DocumentRow>(db, `${select} WHERE d.worker_id = ? AND d.kind = 'reintegratietraject' ORDER BY d.id DESC LIMIT 1`);
  const latestFedris = statement<[number], DocumentRow>(db, `${select} WHERE d.worker_id = ? AND d.kind = 'fedrisAanvraag' ORDER BY d.id DESC LIMIT 1`);
  const insert = statement(
    db,
    `INSERT INTO legal_documents (worker_id, episode_id, kind, made_on, document, created_by, created_at)
     VALUES (@workerId, @episodeId, @kind, @madeOn, @document, @createdBy, @now) RETURNING id`,
  );

  return {
    /** BE: the newest version of the worker's re-integration trajectory, if any. */
    async trajectory(workerId: number): Promise<SavedTrajectory | null> {
      const row = await latestTrajectory.get(workerId);
      if (!row) return null;
      const { id, created_at: createdAt, created_by_name: createdByName } = row;
      return { id, trajectory: reintegrationTrajectorySchema.parse(JSON.parse(row.document)), createdAt, createdByName };
    },
    /** Adds a version of the trajectory; inside the caller's transaction. */
    async addTrajectory(input: { workerId: number; episodeId: number; trajectory: ReintegrationTrajectory; createdBy: number }): Promise<void> {
      await insert.run({
        workerId: input.workerId,
        episodeId: input.episodeId,
        kind: 'reintegratietraject',
        madeOn: input.trajectory.requestDate,
        document: JSON.stringify(input.trajectory),
        createdBy: input.createdBy,
        now: clock.now(),
      });
    },
    /** BE: the newest version of the worker's Fedris request, if any. */
    async fedrisRequest(workerId: number): Promise<SavedFedrisRequest | null> {
      const row = await latestFedris.get(workerId);
      if (!row) return null;
      const { id, created_at: createdAt, created_by_name: createdByName } = row;
      return { id, request: fedrisRequestSchema.parse(JSON.parse(row.document)), createdAt, createdByName };
    },
    /** Adds a version of the Fedris request; inside the caller's transaction. */
    async addFedrisRequest(input: { workerId: number; episodeId: number; request: FedrisRequest; createdBy: number }): Promise<void> {
      await insert.run({
        workerId: input.workerId,
        episodeId: input.episodeId,
        kind: 'fedrisAanvraag',
        madeOn: input.request.requestDate,
        document: JSON.stringify(input.request),
        createdBy: input.createdBy,
        now: clock.now(),
      });
    },
    /** The worker's Poortwachter documents, oldest first (by the day they were made). */
    async poortwachterOfWorker(workerId: number): Promise<SavedPoortwachterDocument[]> {
      return (await ofWorker.all(workerId)).map(toSaved);
    },
    async poortwachterDocument(workerId: number, documentId: number): Promise<SavedPoortwachterDocument | null> {
      const row = await byId.get(documentId, workerId);
      return row ? toSaved(row) : null;
    },
    /** Adds a document; inside the caller's transaction. */
    async addPoortwachter(input: { workerId: number; episodeId: number; document: PoortwachterDocument; createdBy: number }): Promise<number> {
      return insert.insert({
          workerId: input.workerId,
          episodeId: input.episodeId,
          kind: input.document.kind,
          madeOn: input.document.madeOn,
          document: JSON.stringify(input.document),
          createdBy: input.createdBy,
          now: clock.now(),
        });
    },
  };
}
export type LegalDocumentRepository = ReturnType<typeof createLegalDocumentRepository>;
