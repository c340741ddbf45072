import { describe, expect, it } from 'vitest';
import { axeViolations, closePage, openPage, watchPage, useServedSite } from '../support/browser';
import { SITE_DIR } from '../support/site-dirs';

const served = useServedSite(SITE_DIR);

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
});
