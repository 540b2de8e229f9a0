// Errors the CLI turns into messages and exit codes instead of stack traces.
import { userMessage } from '../core/report.ts';

/** The command line itself is wrong (exit 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The project or an input file is wrong; the message says where (exit 1). */
export class ProjectFileError extends Error {
  override readonly name = 'ProjectFileError';
}

/** Writes why a command failed, without a stack trace unless `debug`; returns the exit status (1). */
export function reportFailure(e: unknown, debug: boolean, err: NodeJS.WritableStream): number {
  // Input problems name file, row and column already; any other error (DuckDB, the engine) is
  // shown plainly too — the stack is for us, not for the planner, so only with --debug.
  err.write(`lastmile: ${e instanceof ProjectFileError ? e.message : userMessage(e)}${debug || !/^unexpected error/.test(userMessage(e)) ? '' : ' (run again with --debug for details)'}\n`);
  if (debug && e instanceof Error && e.stack) err.write(e.stack + '\n');
  return 1;
}
