// Runs before each e2e file: drop that file's connection to the shared browser when it ends.
import { afterAll } from 'vitest';
import { disconnectBrowser } from './browser.ts';

afterAll(disconnectBrowser);
