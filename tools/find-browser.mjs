// Finds a Chromium-based browser the person already has, for the browser tests and Lighthouse.
// Nothing is downloaded: Chromium, Google Chrome or Microsoft Edge in its standard place on
// Linux, macOS or Windows, or the one `CHROMIUM_PATH` names (which always wins).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Debian's name for Chromium's old headless shell. */
const HEADLESS_SHELL = 'chromium-headless-shell';

/**
 * The standard install places, in order of preference, for one platform.
 * @param {NodeJS.Platform} platform
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function browserCandidates(platform, env) {
  if (platform === 'darwin') {
    const apps = ['/Applications', join(env['HOME'] ?? '', 'Applications')];
    return apps.flatMap((folder) => [
      `${folder}/Chromium.app/Contents/MacOS/Chromium`,
      `${folder}/Google Chrome.app/Contents/MacOS/Google Chrome`,
      `${folder}/Microsoft Edge.app/Contents/MacOS/Microsoft Edge`,
    ]);
  }
  if (platform === 'win32') {
    const roots = [env['LOCALAPPDATA'], env['PROGRAMFILES'], env['PROGRAMFILES(X86)']].filter(
      /** @returns {root is string} */ (root) => Boolean(root),
    );
    return roots.flatMap((root) => [
      `${root}\\Chromium\\Application\\chrome.exe`,
      `${root}\\Google\\Chrome\\Application\\chrome.exe`,
      `${root}\\Microsoft\\Edge\\Application\\msedge.exe`,
    ]);
  }
  return [
    // Debian's old headless shell (chromium-headless-shell): the lean build Playwright itself
    // runs headless tests in; it took the browser tests from 481 to about 200 s of CPU.
    `/usr/bin/${HEADLESS_SHELL}`,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/opt/microsoft/msedge/msedge',
  ];
}

/** How to get a browser the tests can use, on each system. */
export const INSTALL_HELP = [
  'The browser tests need Chromium, Google Chrome or Microsoft Edge, and found none.',
  'Install one, or set CHROMIUM_PATH to the browser program:',
  '  Debian:          sudo apt-get install -y chromium-headless-shell   (or chromium)',
  '  Ubuntu:          sudo snap install chromium',
  '  Fedora:          sudo dnf install -y chromium',
  '  macOS:           brew install --cask google-chrome   (or download Chrome or Edge)',
  '  Windows:         winget install Google.Chrome   (Microsoft Edge is usually there already)',
].join('\n');

/**
 * The browser to use: `CHROMIUM_PATH` when set (and present), else the first standard place
 * that exists. `fullBrowser` passes over the headless shell, for measuring a page as a reader's
 * browser draws it (Lighthouse). Returns an error message, never throws, so callers can stop
 * with one clear line.
 * @param {{ platform?: NodeJS.Platform, env?: Record<string, string | undefined>, exists?: (path: string) => boolean, fullBrowser?: boolean }} [options]
 * @returns {{ path: string } | { error: string }}
 */
export function findBrowser({
  platform = process.platform,
  env = process.env,
  exists = existsSync,
  fullBrowser = false,
} = {}) {
  const chosen = env['CHROMIUM_PATH']?.trim();
  if (chosen) {
    return exists(chosen)
      ? { path: chosen }
      : { error: `CHROMIUM_PATH names ${chosen}, which does not exist.\n\n${INSTALL_HELP}` };
  }
  const found = browserCandidates(platform, env)
    .filter((path) => !(fullBrowser && path.endsWith(HEADLESS_SHELL)))
    .find((path) => exists(path));
  return found ? { path: found } : { error: INSTALL_HELP };
}
