// One lint gate for src, workers, tests, bench and the CLI.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'public/**', 'data/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  // Imports point down (docs/architecture.md): each layer names what it must not reach.
  ...[
    // The functional core must not reach outward.
    ['src/core/**/*.ts', ['**/db/**', '**/ui/**', '**/map/**', '**/state/**', '**/compute/**', '**/engine/**', '**/app/**', '**/formats/**', '**/ingest/**', 'react', '@duckdb/*', 'maplibre-gl', '@deck.gl/*']],
    // File formats are parsers over bytes and text: the core only.
    ['src/formats/**/*.ts', ['**/db/**', '**/ui/**', '**/map/**', '**/state/**', '**/compute/**', '**/engine/**', '**/app/**', '**/ingest/**', 'react', '@duckdb/*']],
    ['src/db/**/*.ts', ['**/ui/**', '**/map/**', '**/state/**', '**/compute/**', '**/engine/**', '**/app/**', '**/ingest/**', 'react']],
    ['src/compute/**/*.ts', ['**/db/**', '**/ui/**', '**/map/**', '**/state/**', '**/engine/**', '**/app/**', 'react', '@duckdb/*']],
    ['workers/**/*.ts', ['**/db/**', '**/ui/**', '**/state/**', '**/engine/**', '**/app/**', '@duckdb/*']],
    ['src/state/**/*.ts', ['**/app/**', '**/db/**', '**/ui/**', '**/compute/**', 'react', '@duckdb/*']],
    ['src/ui/**/*.{ts,tsx}', ['**/db/**', '@duckdb/*']],
  ].map(([files, patterns]) => ({ files: [files], rules: { 'no-restricted-imports': ['error', { patterns }] } })),
  {
    // State and UI see a view of a run: the engine's types, never its code.
    files: ['src/state/**/*.ts', 'src/ui/**/*.{ts,tsx}', 'src/map/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['**/engine/**'], allowTypeImports: true }] }] },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
