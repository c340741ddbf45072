import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  axeViolations,
  closePage,
  openPage,
  useServedSite,
  watchPage,
  type PageProblems,
} from '../support/browser';
import { SCALE_OUT_DIR } from '../../tools/scale.mjs';

// The catalogue and the comparison at scale, in Chromium, over the generated build
// (`node tools/build-scale.mjs`, hundreds of cases): static pages of 50 in rank order, the
// compact index fetched on the first use of a control, filters, weights and sorting across
// every case, «Vis flere», ticks kept across redraws, and the comparison's finder. The suite
// runs only when dist-scale/ exists, since it needs that build.

const SCALE_DIR = resolve(import.meta.dirname, '../..', SCALE_OUT_DIR);
const built = existsSync(join(SCALE_DIR, 'cases/side/2/index.html'));
const INDEX = /\/cases\/katalog\.json$/;
const TIMEOUT = 60_000;

function expectNoProblems(problems: PageProblems): void {
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
}

/** Counts the requests for the compact index. */
function countIndexRequests(page: Page): { count: number } {
  const seen = { count: 0 };
  page.on('request', (request) => {
    if (INDEX.test(new URL(request.url()).pathname)) seen.count += 1;
  });
  return seen;
}

const rowTexts = (page: Page, selector: string) =>
  page
    .locator(`#case-table tbody tr ${selector}`)
    .evaluateAll((cells) => cells.map((cell) => cell.textContent?.trim() ?? ''));

const status = (page: Page) => page.locator('#catalogue-status').innerText();

describe.skipIf(!built)(
  'the split catalogue over the generated build (only when dist-scale/ exists)',
  () => {
    const served = useServedSite(SCALE_DIR);
    const open = async (page: Page, path: string) => {
      await page.goto(`${served.site.url}${path}`);
      await page.locator('#case-table th button.sort-button').first().waitFor();
    };

    it('shows 50 rows a page without JavaScript, each with its place in the whole ranking', async () => {
      const page = await openPage(served.browser, { javaScriptEnabled: false });
      await page.goto(`${served.site.url}cases/side/2/`);
      expect(await page.locator('#case-table tbody tr').count()).toBe(50);
      const places = await rowTexts(page, '[data-place]');
      const first = Number(/(\d+)\./.exec(places[0] ?? '')?.[1]);
      expect(first).toBeLessThanOrEqual(51);
      expect(first).toBeGreaterThan(1);
      expect(await page.locator('nav.pagination').count()).toBe(2);
      expect(await page.locator('nav.pagination a[aria-current="page"]').first().innerText()).toBe(
        '2',
      );
      await closePage(page);
    });

    it('makes no request for the index until the reader uses a control', async () => {
      const page = await openPage(served.browser);
      const index = countIndexRequests(page);
      await open(page, 'cases/');
      await page.waitForTimeout(300);
      expect(index.count).toBe(0);
      await closePage(page);
    });

    it(
      'filters every case to one region, fetching the index once, and shows the result 50 at a time',
      async () => {
        const page = await openPage(served.browser);
        const problems = watchPage(page, served.site.origin);
        const index = countIndexRequests(page);
        await open(page, 'cases/side/3/');
        await page.selectOption('#filter-region', 'syddanmark');
        await page.locator('#catalogue-status', { hasText: /Viser \d+ af \d+ cases/ }).waitFor();
        expect(await page.locator('#case-table tbody tr').count()).toBe(50);
        const regions = await rowTexts(page, 'td[data-label="Region"]');
        expect(regions.every((r) => /Syddanmark/.test(r))).toBe(true);
        expect(await status(page)).toMatch(/De første 50 vises/);
        expect(await page.locator('nav.pagination').first().isHidden()).toBe(true);
        const url = new URL(page.url());
        expect(url.pathname).toBe('/cases/');
        expect(url.searchParams.get('region')).toBe('syddanmark');

        await page.selectOption('#weight-vaegt-virkning', '3');
        await page.locator('#catalogue-status', { hasText: /Vægte:/ }).waitFor();
        expect(index.count).toBe(1);
        expectNoProblems(problems);
        await closePage(page);
      },
      TIMEOUT,
    );

    it(
      'ranks every case by a weight in the address on load and sorts a column across all cases',
      async () => {
        const page = await openPage(served.browser);
        await open(page, 'cases/?vaegt-virkning=3');
        await page.locator('#catalogue-status', { hasText: /Vægte: .*Virkning 3/ }).waitFor();
        const totals = (await rowTexts(page, '[data-total]')).map(Number);
        expect(totals).toEqual([...totals].sort((a, b) => b - a));
        expect(await page.locator('thead .total-label').innerText()).toBe('Vægtet sum');
        expect((await rowTexts(page, '[data-place]'))[0]).toMatch(/^(delt )?1\.$/);

        await page.locator('th[data-sort="goals"] button').click();
        const goals = (await rowTexts(page, 'td[data-parameter="goals"]')).map((t) =>
          Number.parseInt(t, 10),
        );
        expect(goals[0]).toBe(4);
        expect(goals).toEqual([...goals].sort((a, b) => b - a));
        expect(new URL(page.url()).searchParams.get('sorter')).toBe('maal');
        await closePage(page);
      },
      TIMEOUT,
    );

    it(
      'builds rows in the browser with the same cells as the built table',
      async () => {
        const page = await openPage(served.browser);
        await open(page, 'cases/');
        const cells = () =>
          page
            .locator('#case-table tbody tr')
            .first()
            .locator('td, th')
            .evaluateAll((all) =>
              all.map(
                (c) =>
                  `${c.className}|${c.getAttribute('data-label')}|${c.textContent?.replace(/\s+/g, '')}`,
              ),
            );
        const built = await cells();
        await page.selectOption('#weight-vaegt-maal', '2');
        await page.locator('#catalogue-status', { hasText: /Vægte:/ }).waitFor();
        await page.selectOption('#weight-vaegt-maal', '1');
        await page.locator('#catalogue-status', { hasText: /De første 50 vises/ }).waitFor();
        expect(await cells()).toEqual(built);
        await closePage(page);
      },
      TIMEOUT,
    );

    it(
      'adds 50 rows with «Vis flere» and moves the focus to the first new row',
      async () => {
        const page = await openPage(served.browser);
        await open(page, 'cases/?sorter=navn');
        await page.locator('#catalogue-more').waitFor();
        await page.locator('#catalogue-more').click();
        expect(await page.locator('#case-table tbody tr').count()).toBe(100);
        const focused = await page.evaluate(() => document.activeElement?.closest('tr')?.rowIndex);
        expect(focused).toBe(51);
        await closePage(page);
      },
      TIMEOUT,
    );

    it(
      'keeps two ticked cases across a new filter and compares them',
      async () => {
        const page = await openPage(served.browser);
        const problems = watchPage(page, served.site.origin);
        await open(page, 'cases/?region=syddanmark');
        await page.locator('#catalogue-more').waitFor();
        const boxes = page.locator('#case-table tbody input[name="ids"]');
        const ids = [await boxes.nth(0).inputValue(), await boxes.nth(1).inputValue()];
        await boxes.nth(0).check();
        await boxes.nth(1).check();
        // Another region that lists neither ticked case (a case may work in two regions).
        const regions = await page
          .locator('#filter-region option')
          .evaluateAll((options) =>
            options
              .map((option) => (option as HTMLOptionElement).value)
              .filter((value) => value !== '' && value !== 'syddanmark'),
          );
        let elsewhere = false;
        for (const region of regions) {
          await page.selectOption('#filter-region', region);
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
          const shown = await boxes.evaluateAll((inputs) =>
            inputs.map((input) => (input as HTMLInputElement).value),
          );
          elsewhere = !ids.some((id) => shown.includes(id));
          if (elsewhere) break;
        }
        expect(elsewhere).toBe(true);
        await page.locator('#compare-carried p').waitFor();
        expect(await page.locator('#compare-carried input[type="hidden"]').count()).toBe(2);
        await page.locator('#compare-form button[type="submit"]').click();
        await page.locator('#compare-result svg.radar').waitFor();
        expect(new URL(page.url()).searchParams.get('ids')?.split(',').sort()).toEqual(
          [...ids].sort(),
        );
        expect(await page.locator('#compare-chosen input:checked').count()).toBe(2);
        expectNoProblems(problems);
        await closePage(page);
      },
      TIMEOUT,
    );

    it(
      'says so when the index cannot be fetched, and keeps the static rows',
      async () => {
        const page = await openPage(served.browser);
        await page.route(INDEX, (route) => route.abort());
        await open(page, 'cases/');
        const before = await rowTexts(page, 'th[scope="row"]');
        await page.selectOption('#filter-region', 'syddanmark');
        await page.locator('#catalogue-status', { hasText: /kunne ikke hentes/ }).waitFor();
        expect(await rowTexts(page, 'th[scope="row"]')).toEqual(before);
        await closePage(page);
      },
      TIMEOUT,
    );

    it(
      'lists no cases on the comparison but finds them by name, within the limit of four',
      async () => {
        const page = await openPage(served.browser);
        const problems = watchPage(page, served.site.origin);
        await page.goto(`${served.site.url}cases/sammenlign/`);
        const field = page.getByLabel('Find en case efter navn');
        await field.waitFor();
        expect(await page.locator('#compare-chosen li').count()).toBe(0);
        await field.fill('kompas');
        const found = page.locator('#compare-found input');
        await found.first().waitFor();
        expect(await found.count()).toBe(10);
        expect(await page.locator('#compare-find-status').innerText()).toMatch(
          /de første 10 vises/,
        );
        const labels = await page.locator('#compare-found label').allInnerTexts();
        expect(labels[0]).toMatch(/^Kompas/);
        for (let i = 0; i < 4; i += 1) await found.nth(i).check();
        await found.nth(4).click();
        expect(await found.nth(4).isChecked()).toBe(false);
        expect(await page.locator('#compare-limit-message').innerText()).toMatch(
          /højst sammenligne 4/,
        );
        await found.nth(0).uncheck();
        await field.fill('puls');
        await found.first().waitFor();
        expect(await page.locator('#compare-chosen input:checked').count()).toBe(3);
        await page.locator('form#compare-choose button[type="submit"]').click();
        await page.locator('#compare-result svg.radar').waitFor();
        expect(new URL(page.url()).searchParams.get('ids')?.split(',')).toHaveLength(3);
        expectNoProblems(problems);
        await closePage(page);
      },
      TIMEOUT,
    );

    for (const colorScheme of ['light', 'dark'] as const) {
      it(
        `finds no axe violations on the filtered catalogue and the finder in ${colorScheme} mode`,
        async () => {
          const page = await openPage(served.browser, { colorScheme });
          await open(page, 'cases/?region=syddanmark');
          await page.locator('#catalogue-more').waitFor();
          expect(await axeViolations(page)).toEqual([]);
          await page.goto(`${served.site.url}cases/sammenlign/`);
          await page.getByLabel('Find en case efter navn').fill('kompas');
          await page.locator('#compare-find-status', { hasText: /passer/ }).waitFor();
          expect(await axeViolations(page)).toEqual([]);
          await closePage(page);
        },
        TIMEOUT,
      );
    }
  },
);
