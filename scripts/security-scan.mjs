// Scans the Electron main and preload code with @doyensec/electronegativity and fails on any
// HIGH finding. Electronegativity's parser predates recent syntax, so the code is bundled for
// ES2017 first. A known-bad window is scanned too, to prove the scanner still finds problems.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const out = join('dist', 'security-scan');
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'app'), { recursive: true });
mkdirSync(join(out, 'known-bad'), { recursive: true });

await build({
  entryPoints: { 'electron-main': 'src/main/app/electron-main.ts', preload: 'src/main/preload.ts' },
  outdir: join(out, 'app'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2017',
  external: ['electron', 'better-sqlite3-multiple-ciphers', 'pdfkit'],
  logLevel: 'warning',
});
writeFileSync(
  join(out, 'known-bad', 'window.js'),
  "const { BrowserWindow } = require('electron');\n" +
    'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n',
);

function scan(folder) {
  const report = join(out, `${folder}.csv`);
  const result = spawnSync(
    process.execPath,
    ['node_modules/@doyensec/electronegativity/dist/index.js', '-i', join(out, folder), '-o', report, '-r', '-e', '40.8.5'],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`electronegativity failed on ${folder}`);
  }
  const findings = [];
  for (const line of readFileSync(report, 'utf8').split('\n')) {
    const match = /^([A-Z_]+),"(HIGH|MEDIUM|LOW|INFORMATIONAL)","(\w+)","([^"]*)","([^"]*)"/.exec(line);
    if (match) findings.push({ check: match[1], severity: match[2], file: match[4], location: match[5] });
  }
  return findings;
}

const control = scan('known-bad');
if (!control.some((finding) => finding.severity === 'HIGH')) {
  console.error('The security scanner found nothing in a known-bad window: the scan itself is broken.');
  process.exit(1);
}

const findings = scan('app');
for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.check} ${f.file}:${f.location}`);
const high = findings.filter((finding) => finding.severity === 'HIGH');
if (high.length > 0) {
  console.error(`electronegativity: ${high.length} high-severity finding(s) in the Electron code.`);
  process.exit(1);
}
console.log(`electronegativity: ${findings.length} finding(s), none of high severity.`);
