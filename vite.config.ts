// Vite serves the app, bundles DuckDB-WASM and the data files from this origin
// (no CDN: Lastmile must work offline), and hosts the three vitest tiers.
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * The Content-Security-Policy, one text for the page's <meta> and the preview server's
 * header (a static host should send it as a header too: docs/deploying.md). Only this origin
 * may be contacted; 'wasm-unsafe-eval' lets DuckDB-WASM and HiGHS compile their WebAssembly;
 * 'unsafe-eval' is for code that builds functions from text at run time: apache-arrow's
 * builders (`new Function`, in the page and in DuckDB's worker) and Emscripten's EM_ASM
 * glue in DuckDB's worker (`eval`). base-uri, form-action and object-src are closed: the app
 * has no <base>, no form that submits and no plugin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** Writes the policy into index.html's <meta>, so the page and the header cannot drift apart. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'lastmile-csp',
    transformIndexHtml: (html) => html.replace(/(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/, `$1${CONTENT_SECURITY_POLICY}$2`),
  };
}

export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy()],
  build: {
    target: 'es2022',
    // Data files and wasm are fetched by URL; inlining them as base64 would bloat the JS.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4000,
  },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  server: { port: 5173, strictPort: false },
  // A header reaches what a <meta> cannot: the workers' own scripts, and frame-ancestors.
  preview: { port: 4173, headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'` } },
  test: {
    projects: [
      {
        extends: true,
        // Some unit tests solve real models (HiGHS) or walk every border vertex of Kenya: seconds on a busy 2-core machine, so no 5 s default.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        test: { name: 'workers', include: ['tests/workers/**/*.test.ts'], environment: 'node', testTimeout: 30_000, hookTimeout: 30_000 },
      },
      {
        extends: true,
        // DuckDB-WASM starts in a beforeAll: ~1 s idle, over 10 s when the machine is busy.
        test: { name: 'db', include: ['tests/db/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
