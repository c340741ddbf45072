import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedSite, withPage as withServedPage } from '../support/browser';
import { listHtmlFiles } from '../support/built-pages';
import { actorOfAboutHalf, longestPathway, SUBPATH_CONTENT_DIR } from '../support/content-entries';
import { pdfPageTexts } from '../support/pdf-text';
import { SUBPATH_BASE, SUBPATH_SITE_DIR } from '../support/site-dirs';
import { pathwayTexts } from '../../src/i18n/pathways';
import { sectorLabels } from '../../src/i18n/da';

// The pathway page as a clinician uses it at work: the diagram's text whole and readable, the
// lanes named wherever the reader is, a way past the diagram, one professional's own steps,
// and handouts worth printing (read back from real PDFs with pdf.js). Served from the publishing
// build (tools/subpath.mjs), which prints the page's public address on paper.

const served = useServedSite(SUBPATH_SITE_DIR, SUBPATH_BASE);
const PATHWAYS = listHtmlFiles(SUBPATH_SITE_DIR)
  .filter((file) => /^forloeb\/[^/]+\/index\.html$/.test(file) && !file.includes('/side/'))
  .map((file) => file.replace(/index\.html$/, ''));
// Found in the build's content when the test runs: the pathway with the most steps, and the
// professional on it who is responsible for about half of them.
const LONGEST_ID = longestPathway(SUBPATH_CONTENT_DIR);
const LONGEST = `forloeb/${LONGEST_ID}/`;
const ACTOR = actorOfAboutHalf(LONGEST_ID, SUBPATH_CONTENT_DIR);
const WIDTHS = [320, 390, 768, 1280];
const PHONE = { width: 390, height: 844 };

/** Opens a page of the served build, runs `check` on it, and closes it again. */
const withPage = <T>(
  path: string,
  check: (page: Page) => Promise<T>,
  options?: Parameters<typeof withServedPage>[3],
) => withServedPage(served, path, check, options);

/** The text of each page of a page printed to A4, line by line. */
async function printedPages(path: string): Promise<string[]> {
  return withPage(path, async (page) => {
    await page.waitForLoadState('networkidle');
    return pdfPageTexts(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  });
}

/** The diagram's step labels («Trin 3») on a printed page: the step list writes «3.» instead. */
const diagramSteps = (text: string) => text.match(/^Trin \d+$/gm) ?? [];

/** The smallest text drawn in the visible diagram, in CSS pixels as drawn. */
const smallestDiagramText = (page: Page) =>
  page.evaluate(() => {
    const sizes = [...document.querySelectorAll<SVGTextElement>('.pathway-diagram svg text')]
      .filter((text) => text.getClientRects().length > 0)
      .map((text) => {
        const svg = text.ownerSVGElement as SVGSVGElement;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return parseFloat(getComputedStyle(text).fontSize) * scale;
      });
    return sizes.length > 0 ? Math.min(...sizes) : 0;
  });

describe('the diagram’s text', () => {
  it('finds the pathway pages to check', () => {
    expect(PATHWAYS.length).toBeGreaterThanOrEqual(2);
  });

  it.each(PATHWAYS)('%s never ends a diagram text in «…»', async (path) => {
    const texts = await withPage(path, (page) =>
      page
        .locator('figure.pathway-diagram svg text')
        .evaluateAll((nodes) => nodes.map((node) => node.textContent?.trim() ?? '')),
    );
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((text) => text.endsWith('…'))).toEqual([]);
  });

  it.each(WIDTHS)('is drawn at 12 px or more on a %i px wide screen', async (width) => {
    for (const path of PATHWAYS) {
      const smallest = await withPage(path, async (page) => {
        await page.setViewportSize({ width, height: 900 });
        return smallestDiagramText(page);
      });
      expect(smallest, `${path} at ${width} px`).toBeGreaterThanOrEqual(12);
    }
  });

  it.each(PATHWAYS)('%s keeps every line of text inside its box', async (path) => {
    const outside = await withPage(path, async (page) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      return page.evaluate(() =>
        [...document.querySelectorAll<SVGAElement>('.dg-wide a.dg-link')].flatMap((link) => {
          const box = (link.querySelector('rect') as SVGRectElement).getBBox();
          return [...link.querySelectorAll('text')]
            .filter((text) => text.getBBox().x + text.getBBox().width > box.x + box.width)
            .map((text) => text.textContent);
        }),
      );
    });
    expect(outside).toEqual([]);
  });

  it('says on a phone which sector each step belongs to', async () => {
    const eyebrows = await withPage(LONGEST, async (page) => {
      await page.setViewportSize(PHONE);
      return page
        .locator('.dg-narrow .dg-node-step + .dg-eyebrow')
        .evaluateAll((nodes) => nodes.map((node) => node.textContent?.trim() ?? ''));
    });
    expect(eyebrows.length).toBeGreaterThan(0);
    for (const eyebrow of eyebrows) {
      expect(Object.values(sectorLabels).some((label) => eyebrow.endsWith(label))).toBe(true);
    }
  });
});

describe('the lane names', () => {
  it('stay in view halfway down the longest diagram on a 1280 px screen', async () => {
    const heights = await Promise.all(
      PATHWAYS.map((path) =>
        withPage(path, async (page) => {
          await page.setViewportSize({ width: 1280, height: 900 });
          return (await page.locator('.dg-wide').boundingBox())?.height ?? 0;
        }),
      ),
    );
    const longest = PATHWAYS[heights.indexOf(Math.max(...heights))] as string;
    const lanes = await withPage(longest, async (page) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.evaluate(() => {
        const box = (document.querySelector('.dg-wide') as Element).getBoundingClientRect();
        window.scrollTo(0, window.scrollY + box.top + box.height / 2);
      });
      return page.locator('.dg-head .dg-lane-label').evaluateAll((labels) =>
        labels.map((label) => {
          const box = label.getBoundingClientRect();
          return { text: label.textContent, top: box.top, bottom: box.bottom };
        }),
      );
    });
    expect(lanes.length).toBeGreaterThanOrEqual(2);
    for (const lane of lanes) {
      expect(lane.top, `${lane.text}`).toBeGreaterThanOrEqual(0);
      expect(lane.bottom, `${lane.text}`).toBeLessThanOrEqual(900);
    }
  });
});

describe('the way past the diagram', () => {
  it('is reached with the keyboard before the diagram’s first box and skips all its boxes', async () => {
    const result = await withPage(LONGEST, async (page) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      let reached = '';
      for (let press = 0; press < 80 && reached === ''; press += 1) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => {
          const active = document.activeElement;
          if (active?.classList.contains('skip-diagram')) return 'skip';
          return active?.closest('.dg-wide, .dg-narrow') ? 'box' : '';
        });
      }
      const skip = page.locator('.skip-diagram');
      const shown = ((await skip.boundingBox())?.width ?? 0) > 1;
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => ({
        inDiagram: document.activeElement?.closest('figure.pathway-diagram') !== null,
        inSteps: document.activeElement?.closest('ol#trin') !== null,
      }));
      return { reached, shown, text: await skip.textContent(), next };
    });
    expect(result.reached).toBe('skip');
    expect(result.shown).toBe(true);
    expect(result.text?.trim()).toBe(pathwayTexts.diagram.skip);
    expect(result.next).toEqual({ inDiagram: false, inSteps: true });
  });
});

describe('«Vis trin for …»', () => {
  /** The visible steps, and those that list the actor among their responsible actors. */
  const visibleSteps = (page: Page, actor: string) =>
    page.locator('ol#trin > li').evaluateAll(
      (items, id) =>
        items
          .filter((item) => !item.hasAttribute('hidden'))
          .map((item) => ({
            id: item.id,
            takesPart: [...item.querySelectorAll('dl a')].some((link) =>
              (link.getAttribute('href') ?? '').endsWith(`/aktoerer/${id}/`),
            ),
          })),
      actor,
    );

  it('shows only one professional’s steps on the longest pathway, counts them and survives a reload', async () => {
    const result = await withPage(LONGEST, async (page) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      const all = await visibleSteps(page, ACTOR);
      const label = await page
        .locator(`#vis-trin-for option[value="aktoer:${ACTOR}"]`)
        .getAttribute('data-label');
      await page.selectOption('#vis-trin-for', `aktoer:${ACTOR}`);
      const chosen = await visibleSteps(page, ACTOR);
      const rows = await page
        .locator('.dg-wide tbody tr:not([hidden])')
        .evaluateAll((trs) => [...new Set(trs.map((tr) => tr.getAttribute('data-step')))].length);
      const status = await page.locator('.step-filter [role="status"]').textContent();
      const address = page.url();
      await page.reload();
      const reloaded = await visibleSteps(page, ACTOR);
      const kept = await page.locator('#vis-trin-for').inputValue();
      return { all, label, chosen, rows, status, address, reloaded, kept };
    });
    const expected = result.all.filter((step) => step.takesPart).map((step) => step.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(result.all.length);
    expect(result.chosen.map((step) => step.id)).toEqual(expected);
    expect(result.rows).toBe(expected.length);
    expect(result.status).toBe(
      pathwayTexts.filter.status(result.label ?? '', expected.length, result.all.length),
    );
    expect(new URL(result.address).searchParams.get('aktoer')).toBe(ACTOR);
    expect(result.reloaded.map((step) => step.id)).toEqual(expected);
    expect(result.kept).toBe(`aktoer:${ACTOR}`);
  });

  it('keeps the longest pathway for a professional with about half its steps within five phone screens', async () => {
    const height = await withPage(`${LONGEST}?aktoer=${ACTOR}`, async (page) => {
      await page.setViewportSize(PHONE);
      return page.evaluate(() => document.documentElement.scrollHeight);
    });
    expect(height).toBeLessThanOrEqual(5 * PHONE.height);
  });

  it('shows the whole pathway again with «Vis hele forløbet» and clears the address', async () => {
    const result = await withPage(`${LONGEST}?aktoer=${ACTOR}`, async (page) => {
      await page.getByRole('button', { name: pathwayTexts.filter.showAll }).click();
      return {
        hidden: await page.locator('[data-step][hidden]').count(),
        search: new URL(page.url()).search,
      };
    });
    expect(result).toEqual({ hidden: 0, search: '' });
  });

  it.each(PATHWAYS)(
    '%s links to the actor pages when JavaScript is off, and offers no dead control',
    async (path) => {
      const result = await withPage(
        path,
        async (page) => ({
          links: await page
            .locator('.step-filter-pages a')
            .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')),
          control: await page.locator('.step-filter-form').isVisible(),
        }),
        { javaScriptEnabled: false },
      );
      expect(result.links.length).toBeGreaterThan(0);
      for (const href of result.links) expect(href).toMatch(/\/aktoerer\/[^/]+\/$/);
      expect(result.control).toBe(false);
    },
  );
});

describe('the printed handout', () => {
  it.each(PATHWAYS)('%s prints no screen-only instruction', async (path) => {
    const text = (await printedPages(path)).join('\n');
    expect(text).not.toContain(pathwayTexts.diagram.chooseBox);
    expect(text).not.toContain(pathwayTexts.diagram.skip);
  });

  it.each(PATHWAYS)('%s has no page that holds only a folded section', async (path) => {
    const pages = await printedPages(path);
    const closedFolds = await withPage(path, (page) =>
      page
        .locator('details:not([open]) > summary')
        .evaluateAll((summaries) => summaries.map((summary) => summary.textContent?.trim())),
    );
    for (const text of pages) expect(closedFolds).not.toContain(text.trim());
  });

  it('prints a diagram that fits on one page on one page', async () => {
    const fitting = [];
    for (const path of PATHWAYS) {
      const fits = await withPage(path, (page) => page.locator('.dg-wide.dg-one-page').count());
      if (fits === 0) continue;
      fitting.push(path);
      const pages = (await printedPages(path)).filter((text) => diagramSteps(text).length > 0);
      expect(pages, path).toHaveLength(1);
    }
    expect(fitting.length).toBeGreaterThan(0);
  });

  it('heads every printed page of the longest diagram with the lane names', async () => {
    const lanes = await withPage(LONGEST, (page) =>
      page
        .locator('.dg-head .dg-lane-label')
        .evaluateAll((labels) => labels.map((label) => label.textContent?.trim() ?? '')),
    );
    const pages = (await printedPages(LONGEST)).filter((text) => diagramSteps(text).length > 0);
    expect(pages.length).toBeGreaterThan(1);
    for (const text of pages) {
      for (const lane of lanes) expect(text).toContain(lane);
    }
  });

  it.each(PATHWAYS)('%s prints its diagram text at 8 pt or more on A4', async (path) => {
    const smallest = await withPage(path, async (page) => {
      // An A4 page's text column (182 mm) at 96 px to the inch.
      await page.setViewportSize({ width: 688, height: 1000 });
      await page.emulateMedia({ media: 'print' });
      return smallestDiagramText(page);
    });
    expect(smallest * 0.75).toBeGreaterThanOrEqual(8);
  });

  it('prints one professional’s steps as a short handout that says whose they are', async () => {
    const whole = await printedPages(LONGEST);
    const own = await printedPages(`${LONGEST}?aktoer=${ACTOR}`);
    const text = own.join('\n');
    expect(own.length).toBeLessThan(whole.length);
    expect(text).toMatch(/Trin for .+: \d+ af \d+ trin/);
    // A long address wraps on paper; read it as one.
    expect(text.replace(/\n/g, '')).toMatch(new RegExp(`Sidens adresse: \\S+/\\?aktoer=${ACTOR}`));
  });

  it('keeps the chosen cases of the comparison in the printed address', async () => {
    const address = await withPage('cases/sammenlign/', async (page) => {
      const ids = await page
        .locator('input[name="ids"]')
        .evaluateAll((boxes) => boxes.slice(0, 2).map((box) => (box as HTMLInputElement).value));
      await page.goto(`${served.site.url}cases/sammenlign/?ids=${ids.join(',')}`);
      await page.waitForLoadState('networkidle');
      await page.emulateMedia({ media: 'print' });
      return { ids, printed: await page.locator('[data-page-address]').textContent() };
    });
    expect(address.printed?.trim()).toMatch(/\/cases\/sammenlign\/\?ids=[^\s]+$/);
    expect(decodeURIComponent(address.printed ?? '')).toContain(address.ids.join(','));
  });
});
