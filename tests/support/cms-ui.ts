import type { Locator, Page } from 'playwright-core';

/**
 * Opens the try-out CMS, which loads the real content into its test backend itself
 * (src/cms/repo-files.ts), and logs in (no account needed).
 */
export async function openCms(page: Page, adminUrl: string): Promise<void> {
  await page.goto(adminUrl);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('heading', { name: 'Samlinger' }).waitFor();
}

/** Waits until the editor shows the entry with this title (hash navigation keeps the old one a moment). */
export async function entryLoaded(page: Page, title: string): Promise<void> {
  await page.waitForFunction(
    (expected) => [...document.querySelectorAll('input')].some((input) => input.value === expected),
    title,
    // Decap's 5 MB bundle parses slowly while npm test's other steps share the two cores.
    { timeout: 90_000 },
  );
}

/** Saves the entry open in the editor as a draft, marks it ready and publishes it. */
export async function saveAndPublish(page: Page): Promise<void> {
  // A new entry reloads under its new file name after the first save and can come back
  // marked as changed; saving again settles it (Decap then shows «Ændringer gemt»).
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    const saved = await page
      .getByText('Ændringer gemt')
      .waitFor({ timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (saved) break;
  }
  await page.getByRole('button', { name: /^Status:/ }).click();
  await page.getByRole('menuitem', { name: 'Klar' }).click();
  await page.getByRole('button', { name: 'Publicer', exact: true }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('menuitem', { name: 'Publicer nu' }).click();
  await page.getByRole('button', { name: /^Publiceret$/ }).waitFor();
}

/** Every content file in the test backend once the CMS has saved: path → text. */
export async function publishedFiles(page: Page): Promise<Map<string, string>> {
  const files = await page.evaluate(() => {
    const found: [string, string][] = [];
    const walk = (node: Record<string, unknown>) => {
      for (const value of Object.values(node)) {
        if (typeof value !== 'object' || value === null) continue;
        const file = value as { path?: unknown; content?: unknown };
        if (typeof file.path === 'string' && typeof file.content === 'string') {
          found.push([file.path, file.content]);
        } else walk(value as Record<string, unknown>);
      }
    };
    walk(
      (window as unknown as { repoFiles: { content: Record<string, unknown> } }).repoFiles.content,
    );
    return found;
  });
  return new Map(files);
}

/**
 * Scrolls a collection's list to its end (Decap loads the entries ten at a time as the list
 * scrolls) and counts what `found` matches; poll it until the count is what the test expects.
 */
export async function scrollList(page: Page, found: Locator): Promise<number> {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  return found.count();
}
