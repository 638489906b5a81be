import { serve } from './serverCommands';

/** `npm run server`: the practice server, headless (no window, no Electron). */
serve(process.argv.slice(2), (code) => process.exit(code)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
