// Builds the app once and serves the production build on a free localhost port for the
// end-to-end tests, exactly as a planner would get it from `npm run build`.
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';
import { chromiumPath, MISSING_BROWSER_MESSAGE } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserMissing: boolean;
  }
}

let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const missing = chromiumPath() === null;
  if (missing) {
    if (process.env.CI === 'true') throw new Error(`${MISSING_BROWSER_MESSAGE} (CI=true: a missing browser fails the run)`);
    console.warn(`\n⚠ ${MISSING_BROWSER_MESSAGE}\n  The end-to-end tests are skipped.\n`);
    project.provide('baseUrl', '');
    project.provide('browserMissing', true);
    return async () => {};
  }
  // Vitest sets NODE_ENV=test, which would give React's development build; test what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', logLevel: 'warn', build: { outDir: 'dist' } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  server = await preview({ logLevel: 'warn', preview: { port: 4391, host: '127.0.0.1', strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its URL');
  project.provide('baseUrl', url);
  project.provide('browserMissing', false);
  return async () => {
    await server?.close();
  };
}
