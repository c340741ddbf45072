import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, closePage, launchBrowser, openPage, watchPage } from '../support/browser';
import { serveStatic, type StaticSite } from '../support/static-server';
import { SITE_DIR } from '../support/site-dirs';

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  site = await serveStatic(SITE_DIR);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the home page', () => {
  it('loads in Danish with no console errors and no axe violations', async () => {
    const page = await openPage(browser);
    const problems = watchPage(page, site.origin);
    const response = await page.goto(site.url);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    await expect(page.locator('h1').textContent()).resolves.toContain('Rehabiliteringsforløb');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await closePage(page);
  });

  it('lets a keyboard user skip straight to the main content', async () => {
    const page = await openPage(browser);
    await page.goto(site.url);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBe('Spring til indhold');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('indhold');
    await closePage(page);
  });
});
