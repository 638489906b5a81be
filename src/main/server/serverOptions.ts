import { hostname } from 'node:os';
import { isIP } from 'node:net';
import { dataDirectory } from '../dataDirectory';
import type { PostgresOptions } from '../services/store/postgresDatabase';

export interface ServerOptions {
  /** The server's folder: its log, certificate and key file (the records are in the database). */
  directory: string;
  /** The PostgreSQL database; empty: the one PostgreSQL's own variables name (PGHOST, PGDATABASE, …). */
  database: PostgresOptions['connection'];
  host: string;
  port: number;
  /** Names and addresses written into the certificate at its first setup. */
  hosts: string[];
}

export const defaultListen = '127.0.0.1:8443';

export const serverUsage = `Ruggensteun practice server

  npm run server -- [--data <folder>] [--listen <address>:<port>] [--host-name <name>]...

  --data       the server's folder: its certificate, key file and log (default: RUGGENSTEUN_DATA_DIR,
               else the app's own folder)
  --listen     the one interface and port to listen on (default ${defaultListen}, loopback only;
               RUGGENSTEUN_SERVER_LISTEN). Give the practice network's address, e.g. 192.168.1.10:8443.
  --host-name  a name workstations use for the server, written into its certificate at first setup

  The practice is in the PostgreSQL database that PostgreSQL's own variables name: PGHOST, PGPORT,
  PGDATABASE, PGUSER, with the password in ~/.pgpass (or PGPASSWORD). Move a workstation's practice
  into it first with \`npm run server:import\`.
`;

/** "127.0.0.1:8443", "[::1]:8443" or "0.0.0.0:8443" into host and port. */
export function parseListen(value: string): { host: string; port: number } {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(value.trim());
  const host = match?.[1] ?? match?.[2];
  const port = Number(match?.[3]);
  if (!host || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--listen needs an address and a port, e.g. ${defaultListen} or [::1]:8443 (got "${value}")`);
  }
  return { host, port };
}

/** The server's options from its command line and environment; throws with a plain message on a wrong one. */
export function serverOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ServerOptions {
  let directory = dataDirectory(env);
  let listen = env.RUGGENSTEUN_SERVER_LISTEN ?? defaultListen;
  const names: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const option = argv[index];
    const value = argv[index + 1];
    if (option === '--help') throw new Error(serverUsage);
    if (value === undefined || value.startsWith('--')) throw new Error(`${option} needs a value\n\n${serverUsage}`);
    if (option === '--data') directory = value;
    else if (option === '--listen') listen = value;
    else if (option === '--host-name') names.push(value);
    else throw new Error(`Unknown option ${option}\n\n${serverUsage}`);
    index += 1;
  }
  const { host, port } = parseListen(listen);
  const anyInterface = host === '0.0.0.0' || host === '::';
  const hosts = [...new Set([...names, ...(anyInterface ? [] : [host]), hostname(), 'localhost'])].filter((name) => isIP(name) !== 0 || /^[A-Za-z0-9.-]+$/.test(name));
  return { directory, database: {}, host, port, hosts };
}
