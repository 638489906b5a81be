// Runs npm scripts at the same time (the checks that read the code and build it use one core each
// for most of their time) and fails when any of them fails. Each script's output is held back
// and printed whole when it ends, so the outputs do not interleave.
// Usage: node scripts/side-by-side.mjs typecheck lint build
import { spawn } from 'node:child_process';

const npm = process.env.npm_execpath;

function run(script) {
  const started = performance.now();
  const child = npm
    ? spawn(process.execPath, [npm, 'run', script], { stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn('npm', ['run', script], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk));
  child.stderr.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      const seconds = Math.round((performance.now() - started) / 1000);
      process.stdout.write(Buffer.concat(output));
      console.log(`${script}: ${code === 0 ? 'passed' : 'FAILED'} (${seconds} s)\n`);
      resolve(code === 0);
    });
  });
}

const results = await Promise.all(process.argv.slice(2).map(run));
if (!results.every(Boolean)) process.exit(1);
