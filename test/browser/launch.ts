// Starts Debian's Chromium for browser tests (no bundled browser download: see machines/node.md).
// Without the background-networking flags Chromium tries to reach Google's hosts, which this network refuses.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.RECOUPE_CHROMIUM ?? '/usr/bin/chromium';

/** True when browser tests should be skipped (RECOUPE_SKIP_BROWSER=1). */
export function browserSkipped(): boolean {
  return process.env.RECOUPE_SKIP_BROWSER === '1';
}

/** Launches headless Chromium; throws a clear error when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install -y chromium), ` +
        'set RECOUPE_CHROMIUM to its path, or set RECOUPE_SKIP_BROWSER=1 to skip the browser tests.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
