// `lastmile`: runs a project file in Node with the same engine, SQL and numbers as the
// browser app — for researchers, for scale and for reproducibility.
//   lastmile run <project.lastmile.json> --out <dir>
//   lastmile plan <project.lastmile.json> [--scenario <id>] --out <dir>
//   lastmile bundle <project.lastmile.json> --out <name.lastmile.zip>
//   lastmile report <project.lastmile.json> [--scenario <id>] [--lang <code>] --out <report.html>
//   lastmile check <project.lastmile.json>
// Every command that takes a project also takes a plan bundle (.lastmile.zip).
import { parseArgs } from 'node:util';
import { planCommand } from './plan-command.ts';
import { runCommand } from './run-command.ts';
import { checkCommand } from './check-command.ts';
import { bundleCommand } from './bundle-command.ts';
import { reportCommand } from './report-command.ts';
import { UsageError } from './cli-errors.ts';
import { isLanguage, LANGUAGES } from '../i18n/languages.ts';

export const USAGE = `Usage:
  lastmile run <project.lastmile.json> --out <dir>   compute every indicator and write
                                                      districts.csv, tiles.<name>.csv,
                                                      inequality.csv and report.json
  lastmile plan <project.lastmile.json> --out <dir>  plan where new sites go, for every
      [--scenario <id>]                               scenario (or one), and write
                                                      plan.<id>.csv and plan.<id>.json
  lastmile bundle <project.lastmile.json>            run, plan every scenario and pack the
      --out <name.lastmile.zip>                       project, its data and every output in
                                                      one bundle with SHA-256 manifest
  lastmile report <project.lastmile.json>            a printable HTML report (print it to PDF):
      --out <report.html> [--scenario <id>]           sources and licences, method, maps,
      [--lang <code>]                                 figures, scenarios and limitations
  lastmile check <project.lastmile.json>             validate the project file only
Every command takes a plan bundle (.lastmile.zip) in place of a project file.
Options:
  -o, --out <dir>   output folder (created if missing); for bundle and report, the file
  -r, --root <dir>  a folder the project's files may lie in (repeatable); by default
                    only the project file's folder and those below it
  -s, --scenario <id>  plan (or report) only this scenario
  -l, --lang <code>    the report's language: ${LANGUAGES.map((l) => l.code).join(', ')} (default en)
  -q, --quiet       no progress messages
  -h, --help        this help
Exit status: 0 done, 1 bad project or input file (the message names file, row and column), 2 bad usage.`;

/** Runs the CLI with `argv` (without node and script); returns the exit status. */
export async function main(argv: readonly string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, root: { type: 'string', short: 'r', multiple: true }, scenario: { type: 'string', short: 's' }, lang: { type: 'string', short: 'l' }, quiet: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' }, debug: { type: 'boolean' } },
    });
    const [command, projectPath, ...extra] = positionals;
    if (values.scenario !== undefined && command !== 'plan' && command !== 'report') throw new UsageError('--scenario is for "plan" and "report"');
    if (values.lang !== undefined && command !== 'report') throw new UsageError('--lang is for "report"');
    if (values.lang !== undefined && !isLanguage(values.lang)) throw new UsageError(`unknown language "${values.lang}" for --lang (languages: ${LANGUAGES.map((l) => `${l.code} ${l.name}`).join(', ')})`);
    if (values.help || !command) {
      out.write(USAGE + '\n');
      return values.help ? 0 : 2;
    }
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    if (!projectPath) throw new UsageError(`"${command}" needs a project file`);
    switch (command) {
      case 'run':
        if (!values.out) throw new UsageError('"run" needs --out <dir>');
        return await runCommand(projectPath, values.out, { quiet: !!values.quiet, debug: !!values.debug, roots: values.root ?? [] }, out, err);
      case 'plan':
        if (!values.out) throw new UsageError('"plan" needs --out <dir>');
        return await planCommand(projectPath, values.out, { quiet: !!values.quiet, debug: !!values.debug, roots: values.root ?? [], ...(values.scenario !== undefined ? { scenario: values.scenario } : {}) }, out, err);
      case 'bundle':
        if (!values.out) throw new UsageError('"bundle" needs --out <name.lastmile.zip>');
        return await bundleCommand(projectPath, values.out, { quiet: !!values.quiet, debug: !!values.debug, roots: values.root ?? [] }, out, err);
      case 'report':
        if (!values.out) throw new UsageError('"report" needs --out <report.html>');
        return await reportCommand(projectPath, values.out, { quiet: !!values.quiet, debug: !!values.debug, roots: values.root ?? [], ...(values.scenario !== undefined ? { scenario: values.scenario } : {}), ...(isLanguage(values.lang) ? { language: values.lang } : {}) }, out, err);
      case 'check':
        return await checkCommand(projectPath, out, err);
      default:
        throw new UsageError(`unknown command "${command}" (commands: run, plan, report, bundle, check)`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err.write(`lastmile: ${(e as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}
