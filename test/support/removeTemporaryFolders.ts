import { afterAll } from 'vitest';
import { removeTemporaryFolders } from './temporaryFolders';

// Setup file of every test project, listed first: vitest runs afterAll hooks in the reverse order
// of their registration, so this one runs after the test file's own have closed its practices,
// servers and browsers. Without it every run left a few hundred practice folders behind.
afterAll(removeTemporaryFolders);
