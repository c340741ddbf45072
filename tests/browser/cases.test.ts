import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  axeViolations,
  closePage,
  openPage,
  watchPage,
  type PageProblems,
  useServedSite,
} from '../support/browser';
import { SITE_DIR } from '../support/site-dirs';
import { contentData, contentTitles } from '../support/content-entries';
import { PARAMETERS } from '../../src/catalogue/assessment-model';

// The case catalogue in real Chromium: sorting, filtering, weights and URL state on the
// overview, the fit of every page from 320 to 1280 px and in print, the comparison (including a
// hostile address and a fifth case), and axe on every catalogue page.

const served = useServedSite(SITE_DIR);

// The cases the tests pick, from the content when the test runs: whatever an editor adds or
// renames, the first five by id (titles as the pages show them).
const CASES = contentTitles('cases');
const [A, B, C, D, E] = CASES as [Entry, Entry, Entry, Entry, Entry];
type Entry = { id: string; title: string };
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Titles of the visible rows of the overview table, top to bottom. */
function visibleTitles(page: Page): Promise<string[]> {
  return page
    .locator('#case-table tbody tr:not([hidden]) th[scope="row"]')
    .evaluateAll((cells) => cells.map((cell) => cell.textContent?.trim() ?? ''));
}

/** Scores in one column of the visible rows. */
function visibleScores(page: Page, parameter: string): Promise<number[]> {
  return page
    .locator(`#case-table tbody tr:not([hidden]) td[data-parameter="${parameter}"]`)
    .evaluateAll((cells) => cells.map((cell) => Number(cell.textContent)));
}

/** Opens the overview and waits for the script to add its sort buttons. */
async function openOverview(page: Page, query = ''): Promise<void> {
  await page.goto(`${served.site.url}cases/${query}`);
  await page.locator('#case-table th button.sort-button').first().waitFor();
}

function expectNoProblems(problems: PageProblems): void {
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
}

describe('the catalogue overview', () => {
  it('sorts by a parameter, reorders the rows and keeps the order in the URL', async () => {
    const page = await openPage(served.browser);
    const problems = watchPage(page, served.site.origin);
    await openOverview(page);
    const before = await visibleTitles(page);
    expect(before).toHaveLength(CASES.length);

    await page.locator('th[data-sort="effect"] button').click();
    const scores = await visibleScores(page, 'effect');
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(await visibleTitles(page)).not.toEqual(before);
    expect(await page.getAttribute('th[data-sort="effect"]', 'aria-sort')).toBe('descending');
    expect(await page.getAttribute('th[data-sort="name"]', 'aria-sort')).toBeNull();
    expect(new URL(page.url()).searchParams.get('sorter')).toBe('virkning');

    await page.locator('th[data-sort="effect"] button').click();
    expect(await visibleScores(page, 'effect')).toEqual([...scores].sort((a, b) => a - b));
    expect(await page.getAttribute('th[data-sort="effect"]', 'aria-sort')).toBe('ascending');
    expect(new URL(page.url()).searchParams.get('retning')).toBe('stigende');
    expectNoProblems(problems);
    await closePage(page);
  });

  it('filters, weights and sorts today’s cases in the page itself, fetching nothing', async () => {
    const page = await openPage(served.browser);
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (['fetch', 'xhr'].includes(request.resourceType())) fetched.push(request.url());
    });
    await openOverview(page);
    await page.selectOption('#weight-vaegt-virkning', '3');
    await page.locator('th[data-sort="goals"] button').click();
    await page.selectOption('#filter-region', { index: 1 });
    await page.locator('#catalogue-status', { hasText: /Viser \d+ af 13 cases/ }).waitFor();
    expect(fetched).toEqual([]);
    expect(await page.locator('nav.pagination, #catalogue-more').count()).toBe(0);
    await closePage(page);
  });

  it('narrows the rows with a filter, announces the count and restores it from the URL', async () => {
    const page = await openPage(served.browser);
    await openOverview(page);
    await page.selectOption('#filter-status', 'pilot');
    const pilots = await visibleTitles(page);
    expect(pilots.length).toBeGreaterThan(0);
    expect(pilots.length).toBeLessThan(13);
    const statuses = await page
      .locator('#case-table tbody tr:not([hidden]) td[data-label="Status"]')
      .allTextContents();
    expect(new Set(statuses.map((s) => s.trim()))).toEqual(new Set(['Pilotprojekt']));
    expect(await page.textContent('#catalogue-status')).toContain(
      `Viser ${pilots.length} af 13 cases.`,
    );
    expect(new URL(page.url()).searchParams.get('status')).toBe('pilot');

    // The same address in a new tab shows the same rows.
    const again = await openPage(served.browser);
    await openOverview(again, new URL(page.url()).search);
    expect(await visibleTitles(again)).toEqual(pilots);
    expect(await again.inputValue('#filter-status')).toBe('pilot');
    await closePage(again);

    await page.click('#catalogue-reset');
    await expect.poll(() => visibleTitles(page)).toHaveLength(CASES.length);
    expect(new URL(page.url()).search).toBe('');
    await closePage(page);
  });

  it('combines filters for disease area, sector and region', async () => {
    const page = await openPage(served.browser);
    await openOverview(page, '?sygdomsomraade=diabetes');
    const diabetes = await visibleTitles(page);
    expect(diabetes.length).toBeGreaterThan(0);
    await page.selectOption('#filter-sektor', 'kommune');
    const diabetesKommune = await visibleTitles(page);
    expect(diabetesKommune.length).toBeLessThanOrEqual(diabetes.length);
    const regionOptions = await page
      .locator('#filter-region option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    await page.selectOption('#filter-region', regionOptions[1] ?? '');
    const params = new URL(page.url()).searchParams;
    expect(params.get('sygdomsomraade')).toBe('diabetes');
    expect(params.get('sektor')).toBe('kommune');
    expect(params.get('region')).toBe(regionOptions[1]);
    await closePage(page);
  });

  it('can be sorted with the keyboard alone', async () => {
    const page = await openPage(served.browser);
    await openOverview(page);
    // Tab from the top of the page until the sort button for «Mål» has focus.
    let found = false;
    for (let i = 0; i < 80 && !found; i += 1) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(
        () => document.activeElement?.closest('th')?.getAttribute('data-sort') === 'goals',
      );
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    const scores = await visibleScores(page, 'goals');
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(await page.getAttribute('th[data-sort="goals"]', 'aria-sort')).toBe('descending');
    expect(new URL(page.url()).searchParams.get('sorter')).toBe('maal');
    // Focus stays on the button, so a second Enter reverses the order.
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('th[data-sort="goals"]', 'aria-sort')).toBe('ascending');
    await closePage(page);
  });

  it('is the equal-weight ranking without JavaScript, whatever the address asks for', async () => {
    const page = await openPage(served.browser, { javaScriptEnabled: false });
    await page.goto(`${served.site.url}cases/?vaegt-virkning=3&vaegt-teori-og-viden=0`);
    expect(await page.locator('#case-table tbody tr').count()).toBe(CASES.length);
    expect(await page.locator('#catalogue-controls').isVisible()).toBe(false);
    expect(await page.locator('#case-table th button').count()).toBe(0);
    expect(await page.locator('noscript').first().textContent()).toContain('lige vægte');
    const sums = (await page.locator('[data-total]').allTextContents()).map(Number);
    expect(sums).toEqual([...sums].sort((a, b) => b - a));
    expect((await page.locator('[data-place]').first().textContent())?.trim()).toMatch(
      /^(delt )?1\.$/,
    );
    await closePage(page);
  });

  it('re-ranks by the planner’s weights, shares places on ties and keeps the weights in the URL', async () => {
    const page = await openPage(served.browser);
    const problems = watchPage(page, served.site.origin);
    await openOverview(page);
    await page.selectOption('#weight-vaegt-virkning', '3');
    await page.selectOption('#weight-vaegt-teori-og-viden', '0');
    const rows = page.locator('#case-table tbody tr');
    const weighted = await rows.evaluateAll((trs) =>
      trs.map((tr) => {
        const [theory, effect, description, goals, transfer] = (
          tr.getAttribute('data-scores') ?? ''
        )
          .split(' ')
          .map(Number) as [number, number, number, number, number];
        return {
          expected: 0 * theory + 3 * effect + description + goals + transfer,
          shown: Number(tr.querySelector('[data-total]')?.textContent),
          place: tr.querySelector('[data-place]')?.textContent?.trim() ?? '',
        };
      }),
    );
    expect(weighted.map((r) => r.shown)).toEqual(weighted.map((r) => r.expected));
    expect(weighted.map((r) => r.shown)).toEqual(
      [...weighted.map((r) => r.shown)].sort((a, b) => b - a),
    );
    weighted.forEach((row) => {
      const sharing = weighted.filter((other) => other.shown === row.shown).length > 1;
      const place = 1 + weighted.filter((other) => other.shown > row.shown).length;
      expect(row.place).toBe(sharing ? `delt ${place}.` : `${place}.`);
    });
    expect(await page.locator('thead .total-label').textContent()).toBe('Vægtet sum');
    expect(await page.textContent('#catalogue-status')).toContain(
      'Vægte: Teori og viden 0, Virkning 3',
    );
    const params = new URL(page.url()).searchParams;
    expect(params.get('vaegt-virkning')).toBe('3');
    expect(params.get('vaegt-teori-og-viden')).toBe('0');

    // The shared address gives the same ranking.
    const again = await openPage(served.browser);
    await openOverview(again, new URL(page.url()).search);
    expect(await visibleTitles(again)).toEqual(await visibleTitles(page));
    expect(await again.inputValue('#weight-vaegt-virkning')).toBe('3');
    await closePage(again);
    expectNoProblems(problems);
    await closePage(page);
  });

  it('refuses a fifth case for the comparison and keeps the four the reader chose', async () => {
    const page = await openPage(served.browser);
    await openOverview(page);
    for (const { id } of [A, B, C, D]) await page.check(`#select-${id}`);
    await page.click(`#select-${E.id}`);
    expect(await page.isChecked(`#select-${E.id}`)).toBe(false);
    expect(await page.locator('input[name="ids"]:checked').count()).toBe(4);
    expect(await page.textContent('#compare-form-message')).toContain(`${E.title} er ikke valgt`);
    await closePage(page);
  });

  it('counts the chosen cases beside the boxes in a live region as they are ticked', async () => {
    const page = await openPage(served.browser);
    await page.setViewportSize({ width: 390, height: 800 });
    await openOverview(page);
    const count = page.locator('#compare-count');
    expect(await count.getAttribute('aria-live')).toBe('polite');
    expect(await count.isHidden()).toBe(true);
    const boxes = page.locator('input[name="ids"]');
    await boxes.nth(0).check();
    expect((await count.textContent())?.trim()).toBe('1 af 4 valgt');
    await boxes.nth(1).check();
    expect((await count.textContent())?.trim()).toBe('2 af 4 valgt');
    await boxes.nth(0).uncheck();
    expect((await count.textContent())?.trim()).toBe('1 af 4 valgt');
    await closePage(page);
  });

  it('shows the fifth-tick message and the count on screen beside the box just ticked on a phone', async () => {
    const page = await openPage(served.browser);
    await page.setViewportSize({ width: 390, height: 800 });
    await openOverview(page);
    const boxes = page.locator('input[name="ids"]');
    const total = await boxes.count();
    for (let at = total - 4; at < total; at++) await boxes.nth(at).check();
    // The first box of the table, far above the end of the table on a phone.
    const fifth = boxes.first();
    await fifth.scrollIntoViewIfNeeded();
    await fifth.click();
    expect(await fifth.isChecked()).toBe(false);
    const message = page.locator('#compare-form-message');
    expect(await message.getAttribute('role')).toBe('status');
    expect((await message.textContent())?.trim()).not.toBe('');
    const onScreen = (selector: string) =>
      page.locator(selector).evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
      });
    expect(await onScreen('#compare-form-message')).toBe(true);
    expect(await onScreen('#compare-count')).toBe(true);
    expect(await fifth.evaluate((box) => box.getBoundingClientRect().top >= 0)).toBe(true);
    expect((await page.textContent('#compare-count'))?.trim()).toBe('4 af 4 valgt');
    await closePage(page);
  });

  it('sends the chosen cases to the comparison', async () => {
    const page = await openPage(served.browser);
    await openOverview(page);
    await page.check(`input[name="ids"][value="${A.id}"]`);
    await page.check(`input[name="ids"][value="${B.id}"]`);
    await page.click('#compare-form button[type="submit"]');
    await page.locator('#compare-result:not([hidden]) svg.radar').waitFor();
    expect(new URL(page.url()).pathname).toBe('/cases/sammenlign/');
    expect(await page.locator('svg.radar .radar-series').count()).toBe(2);
    await closePage(page);
  });
});

describe('the comparison', () => {
  it('draws two series and the side-by-side tables for two cases', async () => {
    const page = await openPage(served.browser);
    const problems = watchPage(page, served.site.origin);
    await page.goto(`${served.site.url}cases/sammenlign/?ids=${A.id},${B.id}`);
    const chart = page.locator('#compare-result svg.radar');
    await chart.waitFor();
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.locator('.radar-series').count()).toBe(2);
    // Told apart by more than colour: different dash patterns and marker shapes.
    const dashes = await chart
      .locator('.radar-area')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke-dasharray') ?? ''));
    expect(new Set(dashes).size).toBe(2);
    const legend = await page.locator('.radar-legend li').allTextContents();
    expect(legend[0]).toMatch(new RegExp(`${escape(A.title)}.*cirkel`));
    expect(legend[1]).toMatch(new RegExp(`${escape(B.title)}.*firkant`));

    const scoreTable = page.locator('#compare-scores-heading + div table');
    const headers = await scoreTable.locator('thead th[scope="col"]').allTextContents();
    expect(headers.slice(1).map((h) => h.trim())).toEqual([
      expect.stringContaining(A.title),
      expect.stringContaining(B.title),
    ]);
    // A row per assessment parameter and one for the total.
    expect(await scoreTable.locator('tbody tr').count()).toBe(PARAMETERS.length + 1);
    expect(await scoreTable.locator('caption').textContent()).toContain('afledt af dette site');
    // Only rows two or more points apart are marked, in words as well as by colour.
    const rows = await scoreTable.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const scores = [...tr.querySelectorAll('td .score')].map((s) => Number(s.textContent));
        return {
          spread: Math.max(...scores) - Math.min(...scores),
          badge: tr.querySelector('.diff-badge') !== null,
          words: [...tr.querySelectorAll('.extreme')].map((e) => e.textContent),
        };
      }),
    );
    for (const row of rows) {
      expect(row.badge).toBe(row.spread >= 2);
      expect(row.words.length > 0).toBe(row.spread >= 2);
    }
    expect(await page.locator('#compare-facts-heading').textContent()).toBe('Nøglefakta');
    // Every score's deciding words, in quotation marks, for each chosen case.
    const evidence = await page
      .locator('#compare-evidence-heading + div tbody td .evidence-quote')
      .allTextContents();
    expect(evidence).toHaveLength(2 * PARAMETERS.length);
    expect(evidence.every((words) => /^«.+»$/.test(words))).toBe(true);

    // The checkboxes show the selection.
    expect(await page.isChecked(`#choose-${A.id}`)).toBe(true);
    expect(await page.isChecked(`#choose-${B.id}`)).toBe(true);
    expect(await page.locator('#compare-messages p').count()).toBe(0);
    expectNoProblems(problems);
    await closePage(page);
  });

  it('changes the selection from the keyboard and keeps it in the URL', async () => {
    const page = await openPage(served.browser);
    await page.goto(`${served.site.url}cases/sammenlign/?ids=${A.id},${B.id}`);
    await page.locator('#compare-result svg.radar').waitFor();
    await page.focus(`#choose-${C.id}`);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    // Tab through the remaining checkboxes to the submit button.
    for (let i = 0; i < 20; i += 1) {
      const isSubmit = await page.evaluate(
        () => (document.activeElement as HTMLButtonElement | null)?.type === 'submit',
      );
      if (isSubmit) break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('svg.radar .radar-series').count()).toBe(3);
    // The form lists the cases A-Å, so the new address does too.
    expect(new URL(page.url()).searchParams.get('ids')).toBe(
      [A, B, C]
        .map((entry) => entry.id)
        .sort()
        .join(','),
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-result-heading');
    await closePage(page);
  });

  it('treats a hostile address as text: no element is injected and the id is reported', async () => {
    const page = await openPage(served.browser);
    const problems = watchPage(page, served.site.origin);
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    const hostile = '<img src=x onerror=alert(1)>';
    await page.goto(
      `${served.site.url}cases/sammenlign/?ids=${encodeURIComponent(hostile)},${A.id}`,
    );
    await page.locator('#compare-messages p').first().waitFor();
    const messages = await page.locator('#compare-messages').textContent();
    expect(messages).toContain(`findes ikke i kataloget: «${hostile}»`);
    expect(messages).toContain('Vælg mindst 2 cases');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('#compare-result').isHidden()).toBe(true);
    expect(dialog).toBe(false);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await closePage(page);
  });

  it('also survives the unencoded hostile address', async () => {
    const page = await openPage(served.browser);
    await page.goto(`${served.site.url}cases/sammenlign/?ids=<img src=x onerror=alert(1)>,${A.id}`);
    await page.locator('#compare-messages p').first().waitFor();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#compare-messages').textContent()).toContain('<img src=x');
    await closePage(page);
  });

  it('refuses five cases in the address without dropping any, and keeps all five ticked', async () => {
    const page = await openPage(served.browser);
    const ids = [A, B, C, D, E].map((entry) => entry.id);
    await page.goto(`${served.site.url}cases/sammenlign/?ids=${ids.join(',')}`);
    await page.locator('#compare-messages p').first().waitFor();
    expect(await page.locator('#compare-messages').textContent()).toContain(
      'Du har valgt 5 cases, men der kan højst sammenlignes 4',
    );
    expect(await page.locator('#compare-result').isHidden()).toBe(true);
    for (const id of ids) expect(await page.isChecked(`#choose-${id}`)).toBe(true);
    await closePage(page);
  });

  it('undoes a fifth tick and says why, keeping the reader’s four', async () => {
    const page = await openPage(served.browser);
    await page.goto(`${served.site.url}cases/sammenlign/?ids=${A.id},${B.id},${C.id},${D.id}`);
    await page.locator('#compare-result svg.radar').waitFor();
    await page.click(`#choose-${E.id}`);
    expect(await page.isChecked(`#choose-${E.id}`)).toBe(false);
    expect(await page.textContent('#compare-limit-message')).toContain(`${E.title} er ikke valgt`);
    expect(await page.locator('svg.radar .radar-series').count()).toBe(4);
    expect(await page.textContent('main')).not.toMatch(/adressen selv/);
    await closePage(page);
  });

  it('draws the radar with text of at least 12 px on a 320 px phone', async () => {
    const page = await openPage(served.browser);
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${served.site.url}cases/sammenlign/?ids=${A.id},${B.id}`);
    const chart = page.locator('#compare-result svg.radar');
    await chart.waitFor();
    const sizes = await chart
      .locator('text')
      .evaluateAll((texts) =>
        texts.map((t) => (t as SVGTextElement).getBoundingClientRect().height),
      );
    const scale = await chart.evaluate((svg) => {
      const box = (svg as SVGSVGElement).viewBox.baseVal;
      return svg.getBoundingClientRect().width / box.width;
    });
    const fontSizes = await chart
      .locator('text')
      .evaluateAll((texts) => texts.map((t) => parseFloat(getComputedStyle(t).fontSize)));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...fontSizes) * scale).toBeGreaterThanOrEqual(12);
    await closePage(page);
  });

  it('offers the GET form without JavaScript and says what JavaScript adds', async () => {
    const page = await openPage(served.browser, { javaScriptEnabled: false });
    await page.goto(`${served.site.url}cases/sammenlign/?ids=${A.id},${B.id}`);
    expect(await page.locator('noscript').count()).toBe(1);
    expect(await page.locator('#compare-result').isHidden()).toBe(true);
    await page.check(`#choose-${D.id}`);
    await page.check(`#choose-${C.id}`);
    await page.click('#compare-choose button[type="submit"]');
    await page.waitForURL(new RegExp(`ids=${D.id}&ids=${C.id}|ids=${C.id}&ids=${D.id}`));
    await closePage(page);
  });
});

describe('the catalogue pages fit every screen', () => {
  const pages = [
    { name: 'the catalogue', path: 'cases/', ready: '#case-table' },
    { name: 'a case page', path: `cases/${A.id}/`, ready: 'svg.radar' },
    {
      name: 'the comparison',
      path: `cases/sammenlign/?ids=${A.id},${B.id},${C.id},${D.id}`,
      ready: '#compare-result svg.radar',
    },
  ];
  for (const width of [320, 390, 768, 1280]) {
    it(`scrolls no page sideways at ${width} px`, async () => {
      const page = await openPage(served.browser);
      await page.setViewportSize({ width, height: 900 });
      for (const target of pages) {
        await page.goto(`${served.site.url}${target.path}`);
        await page.locator(target.ready).first().waitFor();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${target.name} at ${width} px`).toBe(0);
      }
      await closePage(page);
    });
  }

  it('shows every catalogue column inside the page at 1280 px, with nothing cut', async () => {
    const page = await openPage(served.browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await openOverview(page);
    const boxes = await page.evaluate(() => {
      const main = document.querySelector('main')!.getBoundingClientRect();
      return [...document.querySelectorAll('#case-table thead th')].map((th) => {
        const box = th.getBoundingClientRect();
        return {
          text: th.textContent?.trim() ?? '',
          inside: box.left >= main.left - 1 && box.right <= main.right + 1 && box.width > 20,
          clipped: th.scrollWidth > th.clientWidth + 1,
        };
      });
    });
    // Choose, place, case, a score per parameter, total, status, disease area, region, sector.
    expect(boxes).toHaveLength(PARAMETERS.length + 8);
    expect(boxes.filter((b) => !b.inside || b.clipped)).toEqual([]);
    await closePage(page);
  });

  it('prints every catalogue column on the page', async () => {
    const page = await openPage(served.browser);
    await page.setViewportSize({ width: 760, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${served.site.url}cases/`);
    await page.locator('#case-table th button.sort-button').first().waitFor();
    const fit = await page.evaluate(() => {
      const table = document.querySelector('#case-table')!;
      const visible = [...table.querySelectorAll('thead th')].filter(
        (th) => getComputedStyle(th).display !== 'none',
      );
      return {
        columns: visible.length,
        tableHeight: table.getBoundingClientRect().height,
        headingsWithText: visible.filter((th) => (th as HTMLElement).innerText.trim() !== '')
          .length,
        tableRight: table.getBoundingClientRect().right,
        pageWidth: document.documentElement.clientWidth,
        display: getComputedStyle(table).display,
      };
    });
    expect(fit.display).toBe('table');
    // Every column but the tick boxes, which mean nothing on paper: place, case, a score per
    // parameter, total, status, disease area, region, sector.
    expect(fit.columns).toBe(PARAMETERS.length + 7);
    expect(fit.tableHeight).toBeGreaterThan(0);
    expect(fit.headingsWithText).toBe(PARAMETERS.length + 7);
    expect(fit.tableRight).toBeLessThanOrEqual(fit.pageWidth);
    await closePage(page);
  });

  it('shows each score card on a phone with its place, case and every score labelled', async () => {
    const page = await openPage(served.browser);
    await page.setViewportSize({ width: 390, height: 900 });
    await openOverview(page);
    const labels = await page
      .locator('#case-table tbody tr')
      .first()
      .locator('td[data-label]')
      .evaluateAll((cells) =>
        cells.map((cell) => getComputedStyle(cell, '::before').content.replace(/"/g, '')),
      );
    expect(labels.slice(0, 7)).toEqual([
      'Plads',
      'Teori og viden',
      'Virkning',
      'Beskrivelse',
      'Mål',
      'Overførbarhed',
      'Sum',
    ]);
    await closePage(page);
  });
});

describe('a case page', () => {
  it('shows beside every score the deciding words and the rubric level they meet', async () => {
    // A case where the case text, not the assessment, settled a score, if the content has one.
    const basis = (id: string) =>
      Object.entries(contentData('cases', id)['assessment'] as Record<string, { basis?: string }>)
        .filter(([, value]) => value.basis === 'case-text')
        .map(([parameter]) => parameter);
    const chosen = CASES.find((entry) => basis(entry.id).length > 0) ?? A;
    const page = await openPage(served.browser);
    await page.goto(`${served.site.url}cases/${chosen.id}/`);
    const items = page.locator('[data-evidence]');
    expect(await items.count()).toBe(5);
    for (const item of await items.all()) {
      expect(await item.locator('.evidence-quote').textContent()).toMatch(/^«.+»$/);
      expect(await item.locator('dt', { hasText: /^Niveau \d i vurderingsnøglen$/ }).count()).toBe(
        1,
      );
      expect(await item.isVisible()).toBe(true);
    }
    for (const parameter of basis(chosen.id)) {
      const note = page.locator(`[data-evidence="${parameter}"] [data-basis="case-text"]`);
      expect(await note.isVisible()).toBe(true);
    }
    await closePage(page);
  });
});

/** axe checks every table cell's contrast; the comparison page has several large tables. */
const AXE_TIMEOUT = 240_000;

describe('accessibility of the catalogue pages', () => {
  const targets = [
    { name: 'the overview', path: 'cases/', ready: '#case-table th button' },
    { name: 'a case page', path: `cases/${A.id}/`, ready: 'svg.radar' },
    { name: 'the rubric page', path: 'cases/om-vurderingerne/', ready: 'h1' },
    {
      name: 'the comparison page',
      path: `cases/sammenlign/?ids=${A.id},${B.id}`,
      ready: '#compare-result svg.radar',
    },
  ];
  for (const target of targets) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(
        `finds no axe violations on ${target.name} in ${colorScheme} mode`,
        async () => {
          const page = await openPage(served.browser, { colorScheme });
          const problems = watchPage(page, served.site.origin);
          await page.goto(`${served.site.url}${target.path}`);
          await page.locator(target.ready).first().waitFor();
          expect(await axeViolations(page)).toEqual([]);
          expectNoProblems(problems);
          await closePage(page);
        },
        AXE_TIMEOUT,
      );
    }
  }
});
