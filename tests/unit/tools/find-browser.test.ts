import { describe, expect, it } from 'vitest';
import { findBrowser, INSTALL_HELP } from '../../../tools/find-browser.mjs';

const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

describe('findBrowser', () => {
  it("finds Debian's Chromium on Linux", () => {
    expect(findBrowser({ platform: 'linux', env: {}, exists: only('/usr/bin/chromium') })).toEqual({
      path: '/usr/bin/chromium',
    });
  });

  it("prefers Debian's headless shell to the full Chromium on Linux", () => {
    const exists = only('/usr/bin/chromium', '/usr/bin/chromium-headless-shell');
    expect(findBrowser({ platform: 'linux', env: {}, exists })).toEqual({
      path: '/usr/bin/chromium-headless-shell',
    });
  });

  it('passes over the headless shell when the full browser is asked for', () => {
    const exists = only('/usr/bin/chromium', '/usr/bin/chromium-headless-shell');
    expect(findBrowser({ platform: 'linux', env: {}, exists, fullBrowser: true })).toEqual({
      path: '/usr/bin/chromium',
    });
  });

  it('finds Google Chrome on Linux when there is no Chromium', () => {
    const exists = only('/usr/bin/google-chrome');
    expect(findBrowser({ platform: 'linux', env: {}, exists })).toEqual({
      path: '/usr/bin/google-chrome',
    });
  });

  it('finds Google Chrome in the Applications folder on macOS', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser({ platform: 'darwin', env: {}, exists: only(chrome) })).toEqual({
      path: chrome,
    });
  });

  it('finds Microsoft Edge under Program Files (x86) on Windows', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const env = {
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
    };
    expect(findBrowser({ platform: 'win32', env, exists: only(edge) })).toEqual({ path: edge });
  });

  it('prefers the browser CHROMIUM_PATH names to any standard place', () => {
    const env = { CHROMIUM_PATH: '/opt/mine/chrome' };
    const exists = only('/opt/mine/chrome', '/usr/bin/chromium');
    expect(findBrowser({ platform: 'linux', env, exists })).toEqual({ path: '/opt/mine/chrome' });
  });

  it('says that CHROMIUM_PATH names a missing file, and how to install a browser', () => {
    const result = findBrowser({
      platform: 'linux',
      env: { CHROMIUM_PATH: '/nowhere/chrome' },
      exists: only('/usr/bin/chromium'),
    });
    expect(result).toEqual({ error: expect.stringContaining('/nowhere/chrome') });
  });

  it('explains how to install a browser on each system when none is found', () => {
    const result = findBrowser({ platform: 'darwin', env: {}, exists: only() });
    expect(result).toEqual({ error: INSTALL_HELP });
    for (const system of ['Debian', 'Ubuntu', 'macOS', 'Windows'])
      expect(INSTALL_HELP).toContain(system);
  });
});
