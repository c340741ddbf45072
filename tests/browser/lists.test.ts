import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCALE_OUT_DIR } from '../../tools/scale.mjs';
import { axeViolations, closePage, openPage, useServedSite } from '../support/browser';

// The pages that exist only when lists are split (a generated build: `npm run build:scale`, or
// SCALE_SITE_DIR): page 1 and a later page of the pathway list, a disease area's list, an
// actor's first and later page and its table list, a source's later page and the review list's.
// Skipped when there is no such build; today's content builds none of these pages.

const SCALE_DIR = resolve(import.meta.dirname, '../..', SCALE_OUT_DIR);
const built = existsSync(join(SCALE_DIR, 'forloeb/side/2/index.html'));

/**
 * The first entry of a folder (an actor, a source) whose list in the scale build runs on to a
 * page 2 and that has every `pages` besides, found in the build rather than named, since the
 * generated content cites whichever real actors and sources there are.
 */
function entryWithLaterPage(folder: string, pages: string[] = []): string {
  const found = readdirSync(join(SCALE_DIR, folder))
    .sort()
    .find((id) =>
      ['side/2', ...pages].every((page) =>
        existsSync(join(SCALE_DIR, folder, id, page, 'index.html')),
      ),
    );
  if (found === undefined) {
    throw new Error(`The scale build has no ${folder}/<id>/ with a page 2 and ${pages.join(', ')}`);
  }
  return found;
}

const actor = built ? entryWithLaterPage('aktoerer', ['tabeller']) : '';
const source = built ? entryWithLaterPage('kilder') : '';
const PAGES = [
  '/forloeb/',
  '/forloeb/side/2/',
  '/forloeb/omraade/kraeft/',
  `/aktoerer/${actor}/`,
  `/aktoerer/${actor}/side/2/`,
  `/aktoerer/${actor}/tabeller/`,
  '/ansvarsfordeling/side/2/',
  `/kilder/${source}/`,
  `/kilder/${source}/side/2/`,
  '/redaktion/gennemgang/side/2/',
];

describe.skipIf(!built)('lists split into pages in a generated build', () => {
  const served = useServedSite(SCALE_DIR);
  const url = (path: string) => `${served.site.origin}${path}`;

  // Every rule in the light scheme; in the dark one, which changes only colours, the colour rules.
  for (const [colorScheme, rules] of [
    ['light', 'every rule'],
    ['dark', 'colour rules'],
  ] as const) {
    it(`has no axe violation (${rules}) on page 1 and later pages of each list in ${colorScheme}`, async () => {
      const page = await openPage(served.browser, { colorScheme });
      const found: string[] = [];
      for (const path of PAGES) {
        const response = await page.goto(url(path));
        expect(response?.status(), path).toBe(200);
        found.push(
          ...(await axeViolations(page, rules)).map((violation) => `${path}: ${violation}`),
        );
      }
      expect(found).toEqual([]);
      await closePage(page);
    });
  }

  it('takes a keyboard user from page 1 of the pathway list to page 2', async () => {
    const page = await openPage(served.browser);
    await page.goto(url('/forloeb/'));
    await page.locator('.pagination a[rel="next"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(url('/forloeb/side/2/'));
    expect(await page.title()).toMatch(/^Forløb, side 2 af \d+ – /);
    await closePage(page);
  });

  it('marks the current page among the page links and makes each link at least 24 px', async () => {
    const page = await openPage(served.browser);
    await page.goto(url('/forloeb/side/2/'));
    expect((await page.locator('.pagination [aria-current="page"]').textContent())?.trim()).toBe(
      '2',
    );
    const heights = await page
      .locator('.pagination a, #omraader ~ ul a')
      .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(0);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
    await closePage(page);
  });

  it('lets a reader without JavaScript filter the pathway list by disease area', async () => {
    const page = await openPage(served.browser, { javaScriptEnabled: false });
    await page.goto(url('/forloeb/'));
    await page.getByRole('link', { name: /^Kræft \(\d+\)$/ }).click();
    await page.waitForURL(url('/forloeb/omraade/kraeft/'));
    expect(await page.locator('h1').textContent()).toBe('Forløb: Kræft');
    await closePage(page);
  });
});
