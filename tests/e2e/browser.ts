// Finds and launches the real Chromium the end-to-end tests drive. Debian's package is
// used (Playwright's own browser download cannot work offline). With CI=true a missing
// browser is a failure, never a silent skip.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.LASTMILE_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);

/** Path of the Chromium executable, or null when none is installed. */
export function chromiumPath(): string | null {
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const MISSING_BROWSER_MESSAGE =
  'End-to-end tests need Chromium at /usr/bin/chromium (or set LASTMILE_CHROMIUM). ' +
  'Install it with: sudo apt-get update && sudo apt-get install -y chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/** Launches headless Chromium with software WebGL (SwiftShader) and no background network. */
export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(MISSING_BROWSER_MESSAGE);
  return chromium.launch({ executablePath, headless: true, args: ARGS });
}

/**
 * Chromium started as its own process on the profile `userDataDir` and driven over CDP, so
 * that a test can kill it as a crash would (SIGKILL: no unload, no page-hidden event) and
 * start it again on the same profile.
 */
export async function launchKillable(userDataDir: string): Promise<{ browser: Browser; kill(): Promise<void> }> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(MISSING_BROWSER_MESSAGE);
  const child = spawn(executablePath, [...ARGS, '--headless=new', `--user-data-dir=${userDataDir}`, '--remote-debugging-port=0', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let said = '';
    child.stderr.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(said);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before it listened: ${said.slice(-500)}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    browser,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
