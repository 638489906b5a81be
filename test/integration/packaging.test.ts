import { readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { DebugLogger } from 'builder-util';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { describe, expect, it } from 'vitest';

/*
 * electron-builder.yml is read and checked by the pinned electron-builder itself, and held to what
 * the app needs: the files it loads at run time are in the package, nothing else of dist/ is,
 * and the hardening fuses are on.
 */

const root = join(__dirname, '../..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  devDependencies: Record<string, string>;
};
const electronMain = readFileSync(join(root, 'src/main/app/electron-main.ts'), 'utf8');

async function builderConfig() {
  return getConfig(root, 'electron-builder.yml', null);
}

/** Whether electron-builder's `files` patterns (later ones win, '!' excludes) take `file`. */
function packaged(patterns: readonly string[], file: string): boolean {
  let taken = false;
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      if (matchesGlob(file, pattern.slice(1))) taken = false;
    } else if (matchesGlob(file, pattern)) {
      taken = true;
    }
  }
  return taken;
}

describe('electron-builder.yml', () => {
  it('is a valid configuration for the pinned electron-builder', async () => {
    expect(packageJson.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/);
    const config = await builderConfig();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('refuses a configuration with a misspelt option (the check is real)', async () => {
    const config = { ...(await builderConfig()), electronFusess: {} } as Parameters<typeof validateConfiguration>[0];
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(/electronFusess/);
  });

  it('packages what the app loads at run time, and no source maps, benchmark or scripts', async () => {
    // electron-builder reads the list into one file set: { filter: [...] }.
    const files = ((await builderConfig()).files as Array<{ filter: string[] }>).flatMap((set) => set.filter);
    const preload = /preload: join\(__dirname, '([^']+)'\)/.exec(electronMain)?.[1];
    const renderer = /rendererIndex = join\(__dirname, '\.\.', '([^']+)', '([^']+)'\)/.exec(electronMain);
    expect(preload).toBe('preload.cjs');
    expect(renderer?.slice(1)).toEqual(['renderer', 'index.html']);
    for (const file of [packageJson.main, `dist/main/${preload}`, 'dist/renderer/index.html', 'dist/renderer/assets/index.js', 'package.json']) {
      expect(packaged(files, file), file).toBe(true);
    }
    for (const file of ['dist/main/electron-main.cjs.map', 'dist/bench/bench.cjs', 'dist/scripts/demo-fixture.cjs', 'src/main/preload.ts', 'test/integration/fixtures/demo-practice-v4.db']) {
      expect(packaged(files, file), file).toBe(false);
    }
  });

  it('turns on the hardening fuses the app can do without', async () => {
    const config = await builderConfig();
    // The app never runs Electron as plain Node and reads no NODE_OPTIONS or inspector flags.
    expect(electronMain).not.toMatch(/ELECTRON_RUN_AS_NODE|NODE_OPTIONS|--inspect/);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // Loading only from a checked asar needs the app in an asar, with the SQLite binding beside it.
    expect(config.asar).not.toBe(false);
    expect(config.asarUnpack).toContain('**/*.node');
  });
});
