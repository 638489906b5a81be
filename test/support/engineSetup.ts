import { afterAll } from 'vitest';
import { closeOpenedPractices, testEngine } from './testEngine';

// Setup file of the integration-postgres project. Without its engine variable the project would
// quietly run every test on SQLite a second time: refuse that.
if (testEngine !== 'postgres') throw new Error('integration-postgres runs without RUGGENSTEUN_TEST_ENGINE=postgres (vitest.config.ts)');

// Each test file closes the practices it opened.
afterAll(closeOpenedPractices);
