import { runWorkstations, type WorkstationsPlan } from './workstations';

/**
 * The load test's workstations in a process of their own (forked by the benchmark), so their
 * HTTPS clients do not share the server's event loop: it gets the plan as its one message, says
 * when every workstation has signed in, and answers with the result.
 */
process.once('message', (plan: WorkstationsPlan) => {
  runWorkstations(plan, () => process.send?.({ signedIn: true })).then(
    (result) => process.send?.({ result }, undefined, {}, () => process.exit(0)),
    (error: unknown) => process.send?.({ error: String(error instanceof Error ? (error.stack ?? error.message) : error) }, undefined, {}, () => process.exit(1)),
  );
});
