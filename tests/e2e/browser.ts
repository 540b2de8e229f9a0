// Finds and launches the real Chromium the end-to-end tests drive. Debian's package is
// used (Playwright's own browser download cannot work offline). With CI=true a missing
// browser is a failure, never a silent skip.
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

/** Launches headless Chromium with software WebGL (SwiftShader) and no background network. */
export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(MISSING_BROWSER_MESSAGE);
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
    ],
  });
}
