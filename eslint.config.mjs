import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Node, Electron, the database and the PDF library: not in the shared code the renderer loads. */
const platform = ['node:*', 'electron', 'fs', 'path', 'react', 'react-dom', 'better-sqlite3', 'better-sqlite3-multiple-ciphers', 'pdfkit'].map((name) => ({
  group: [name],
  message: 'src/shared runs in the renderer too: no Node, Electron, React, database or PDF library.',
}));
const outsideShared = [{ regex: '(^|/)(main|renderer)/', message: 'src/shared depends on nothing outside src/shared.' }];
const serverSide = ['node:*', 'electron', 'better-sqlite3', 'better-sqlite3-multiple-ciphers', 'pdfkit'].map((name) => ({
  group: [name],
  message: 'The renderer runs sandboxed: it reaches main through the API client only.',
}));
const fromMain = { regex: '(^|/)main/', message: 'The renderer reaches main through the API client (api/client.ts) only.' };
const fromRenderer = { regex: '(^|/)renderer/', message: 'Main does not depend on the renderer.' };

/** One flat-config block per layer, each with the complete list of imports that layer may not make. */
function boundaries(layers) {
  return layers.map(({ files, ignores, forbid }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: { 'no-restricted-imports': ['error', { patterns: forbid }] },
  }));
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'release/', 'test-output/', '.electron-native/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // The store answers with promises (services/store/sql.ts): a promise nobody awaits is a write
    // that may land after its transaction, or an error nobody sees. Type-aware, so only where
    // the store is used.
    files: ['src/main/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', 'test/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // Layer and feature boundaries (docs/architecture.md). Each file gets the restrictions of its
  // layer; a later block for the same files replaces the rule, so each block lists all of them.
  ...boundaries([
    {
      // The rules module: pure TypeScript, knows nothing of the model, the contract or the texts.
      files: ['src/shared/rules/**/*.ts'],
      forbid: [...platform, ...outsideShared, { regex: '^\\.\\./(model|channels|i18n|ipc|permissions|validationCode)', message: 'The rules module is pure: the model and the contract build on it, not the reverse.' }],
    },
    {
      files: ['src/shared/**/*.ts'],
      ignores: ['src/shared/rules/**'],
      forbid: [...platform, ...outsideShared],
    },
    {
      files: ['src/renderer/**/*.{ts,tsx}'],
      ignores: ['src/renderer/components/**', 'src/renderer/features/clinicalPanel/**'],
      forbid: [...serverSide, fromMain],
    },
    {
      files: ['src/renderer/components/**/*.{ts,tsx}'],
      forbid: [...serverSide, fromMain, { regex: '/features/', message: 'Components are shared by features and know none of them.' }],
    },
    {
      files: ['src/renderer/features/clinicalPanel/**/*.{ts,tsx}'],
      forbid: [
        ...serverSide,
        fromMain,
        { regex: '/intake/', message: 'The clinical panel is shown by the intake and must not depend on it: pass what it needs in.' },
      ],
    },
    {
      // Services hold the workflows; the IPC layer calls them, never the reverse.
      files: ['src/main/services/**/*.ts'],
      ignores: ['src/main/services/store/**'],
      forbid: [fromRenderer, { regex: '(^|/)ipc/', message: 'Services do not know the IPC layer; throw a DomainError instead.' }],
    },
    {
      // Repositories: SQL in, domain records out; no workflows, no API contract.
      files: ['src/main/services/store/**/*.ts'],
      forbid: [
        fromRenderer,
        { regex: '(^|/)ipc/', message: 'Repositories do not know the IPC layer.' },
        { regex: 'shared/channels', message: 'Repositories return domain records, not API types (see services/ for the shaping).' },
        { regex: '^\\.\\./(?!domainError$)[a-z]', message: 'Repositories do not call services.' },
      ],
    },
  ]),
);
