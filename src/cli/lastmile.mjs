#!/usr/bin/env node
// The `lastmile` command. It runs the TypeScript sources directly (through tsx), so the CLI
// is always the same code as the app, with no separate build to fall out of date.
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
