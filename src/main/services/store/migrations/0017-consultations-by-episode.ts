import type { Migration } from './migration';

/**
 * Every read of an episode's consultations asks for its final ones in date order (the latest for
 * the work status of a list of workers, the latest before a save, all of them for the outcome
 * points and the legal file). The index on the episode alone found them but left each row to be
 * read and the rows to be sorted; with the status, date and id in the index they come in order,
 * and the date of the latest is read from the index alone (on SQLite, where the rows hold the
 * large intake documents, a page read less per consultation of a list).
 */
export const consultationsByEpisode: Migration = {
  version: 17,
  sql: `
  DROP INDEX consultations_episode;
  CREATE INDEX consultations_episode ON consultations(episode_id, status, consultation_date, id);
  `,
  postgres: `
  DROP INDEX consultations_episode;
  CREATE INDEX consultations_episode ON consultations(episode_id, status, consultation_date, id);
  `,
};
