import { afterAll } from 'vitest';
import { closeOpenedPractices } from './testEngine';

// Setup file of the integration-postgres project: each test file closes the practices it opened.
afterAll(closeOpenedPractices);
