import { importIntoServer } from './serverCommands';

/** `npm run server:import`: a workstation's practice into the practice server's PostgreSQL database. */
importIntoServer(process.argv.slice(2), process.env.RUGGENSTEUN_SQLITE_BINDING).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
