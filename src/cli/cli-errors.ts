// Errors the CLI turns into messages and exit codes instead of stack traces.

/** The command line itself is wrong (exit 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The project or an input file is wrong; the message says where (exit 1). */
export class ProjectFileError extends Error {
  override readonly name = 'ProjectFileError';
}
