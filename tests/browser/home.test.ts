import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, closePage, openPage, watchPage, useServedSite } from '../support/browser';
import { SITE_DIR, SUBPATH_BASE, SUBPATH_SITE_DIR } from '../support/site-dirs';
import { serveStatic, type StaticSite } from '../support/static-server';
import { SUBPATH_SITE_URL } from '../../tools/subpath.mjs';

const served = useServedSite(SITE_DIR);
let published: StaticSite;
beforeAll(async () => {
  published = await serveStatic(SUBPATH_SITE_DIR, SUBPATH_BASE);
});
afterAll(async () => {
  await published?.close();
});

describe('the home page', () => {
  it('loads in Danish with no console errors and no axe violations', async () => {
    const page = await openPage(served.browser);
    const problems = watchPage(page, served.site.origin);
    const response = await page.goto(served.site.url);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    await expect(page.locator('h1').textContent()).resolves.toContain('Rehabiliteringsforløb');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await closePage(page);
  });

  it('lets a keyboard user skip straight to the main content', async () => {
    const page = await openPage(served.browser);
    await page.goto(served.site.url);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBe('Spring til indhold');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('indhold');
    await closePage(page);
  });

  it('leads straight to each pathway by its condition', async () => {
    const page = await openPage(served.browser);
    await page.goto(served.site.url);
    const doors = await page.locator('.door-list .door-title').allTextContents();
    expect(doors.map((door) => door.trim())).toEqual([
      'Kræft',
      'Knæartrose',
      'Osteoporose',
      'Benamputation',
    ]);
    await page.locator('.door-list a', { hasText: 'Knæartrose' }).click();
    await expect(page.locator('h1').textContent()).resolves.toContain('Knæartrose');
    await closePage(page);
  });

  it('offers the catalogue to planners and the search on the first screen of a phone', async () => {
    const page = await openPage(served.browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(served.site.url);
    const search = await page.locator('#header-search').boundingBox();
    expect(search && search.y + search.height).toBeLessThan(844);
    expect(await page.locator('main a[href="/cases/"]').count()).toBe(1);
    await closePage(page);
  });
});

describe('the site header', () => {
  for (const width of [320, 390, 768, 1280]) {
    it(`shows the whole search placeholder at ${width} px`, async () => {
      const page = await openPage(served.browser);
      await page.setViewportSize({ width, height: 800 });
      await page.goto(served.site.url);
      const fit = await page.locator('#header-search').evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d');
        if (!context) return { text: 0, room: 0 };
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room =
          input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text: context.measureText(input.placeholder).width, room };
      });
      expect(fit.text).toBeGreaterThan(0);
      expect(fit.text).toBeLessThanOrEqual(fit.room);
      await closePage(page);
    });
  }

  it('names the publisher under the wordmark in a publishing build', async () => {
    const page = await openPage(served.browser);
    await page.goto(published.url);
    await expect(page.locator('header .site-publisher').textContent()).resolves.toMatch(
      /^Udgivet af \S/,
    );
    await closePage(page);
  });
});

describe('a printed page', () => {
  it('leaves out the search, the navigation and every form, and says where it came from', async () => {
    const page = await openPage(served.browser);
    // The publishing build, which knows its address and publisher (tools/subpath.mjs).
    await page.goto(`${published.url}tilgaengelighed/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#header-search').isVisible()).toBe(false);
    expect(await page.locator('nav[aria-label="Hovedmenu"]').isVisible()).toBe(false);
    expect(await page.locator('form:visible, button:visible').count()).toBe(0);
    const facts = (await page.locator('.print-facts').innerText()).replace(/\s+/g, ' ');
    // The address on paper is the site's configured address, not the test server's.
    expect(facts).toContain(`Sidens adresse: ${SUBPATH_SITE_URL}${SUBPATH_BASE}tilgaengelighed/`);
    expect(facts).toMatch(/Udgiver: \S/);
    expect(facts).toMatch(/Senest gennemgået: \d{1,2}\. \p{L}+ \d{4}/u);
    await closePage(page);
  });

  it('shows the print-only block on paper only', async () => {
    const page = await openPage(served.browser);
    await page.goto(served.site.url);
    expect(await page.locator('.print-facts').isVisible()).toBe(false);
    await closePage(page);
  });
});

describe('the short address /was', () => {
  it('takes the reader to the accessibility statement', async () => {
    const page = await openPage(served.browser);
    await page.goto(`${served.site.url}was/`);
    await page.waitForURL(`${served.site.url}tilgaengelighed/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Tilgængelighedserklæring');
    await closePage(page);
  });
});
