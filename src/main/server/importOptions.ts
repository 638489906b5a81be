import { dataDirectory } from '../dataDirectory';

export const importUsage = `Ruggensteun: move a single-workstation practice into the practice server's PostgreSQL database

  npm run server:import -- --from <practice folder> [--data <server folder>] [--recovery-key-file <file>]

  --from               the workstation's data folder (practice.sqlite and practice.keys); stop Ruggensteun there first
  --data               the server's folder, where the server's key file is written (default: RUGGENSTEUN_DATA_DIR,
                       else the app's own folder; the same folder the server is started with)
  --recovery-key-file  a file with the practice's recovery key, readable by its owner only (chmod 600);
                       without it the key is asked for (or read as one line from stdin)

  The PostgreSQL database is the one PostgreSQL's own variables name: PGHOST, PGPORT, PGDATABASE,
  PGUSER, with the password in ~/.pgpass (or PGPASSWORD). It must be empty: the import makes its
  tables, copies every table in one transaction and compares each with the practice file. The
  practice keeps its recovery key: with it a doctor who forgot their password sets a new one.
`;

/** The folder and key file from the command line; throws with the usage on anything else. */
export function importOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): { from: string; directory: string; recoveryKeyFile: string | null } {
  let from: string | null = null;
  let directory = dataDirectory(env);
  let recoveryKeyFile: string | null = null;
  for (let index = 0; index < argv.length; index += 2) {
    const [option, value] = [argv[index], argv[index + 1]];
    if (value === undefined || value.startsWith('--')) throw new Error(`${option} needs a value\n\n${importUsage}`);
    if (option === '--from') from = value;
    else if (option === '--data') directory = value;
    else if (option === '--recovery-key-file') recoveryKeyFile = value;
    else throw new Error(`Unknown option ${option}\n\n${importUsage}`);
  }
  if (!from) throw new Error(`--from is required\n\n${importUsage}`);
  return { from, directory, recoveryKeyFile };
}
