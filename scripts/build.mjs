// Builds the renderer (Vite) and the Node-side entry points (esbuild) into dist/.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { existsSync } from 'node:fs';

await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });

const entries = {
  'main/electron-main': 'src/main/app/electron-main.ts',
  'main/preload': 'src/main/preload.ts',
  'main/browser-main': 'src/main/browser/browser-main.ts',
  'main/server-main': 'src/main/server/server-main.ts',
  'main/import-main': 'src/main/server/import-main.ts',
};
for (const [out, source] of [
  ['bench/bench', 'bench/bench.ts'],
  ['bench/workstations-process', 'bench/workstationsProcess.ts'],
  ['scripts/document-samples', 'scripts/document-samples.ts'],
  ['scripts/demo-fixture', 'scripts/demo-fixture.ts'],
  ['scripts/crash-test', 'scripts/crash-test.ts'],
]) {
  if (existsSync(source)) entries[out] = source;
}

await esbuild({
  entryPoints: entries,
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron', 'better-sqlite3-multiple-ciphers', 'pdfkit'],
  sourcemap: 'linked',
  logLevel: 'warning',
});
