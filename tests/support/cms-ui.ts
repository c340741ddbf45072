import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

const contentRoot = resolve(import.meta.dirname, '../../content');

/** A file of Decap's in-memory test backend: `window.repoFiles`, nested by path segment. */
interface RepoFile {
  path: string;
  content: string;
}
type RepoTree = { [segment: string]: RepoTree | RepoFile };

/**
 * The project's content as a test-backend tree. Decap's test backend lists a folder by its
 * whole path (`tree['content/pathways']`) but reads and writes files segment by segment
 * (`tree.content.pathways`), so each folder object is reachable both ways.
 */
export function contentTree(): RepoTree {
  const content: RepoTree = {};
  const tree: RepoTree = { content };
  for (const folder of readdirSync(contentRoot)) {
    const files: RepoTree = {};
    for (const name of readdirSync(join(contentRoot, folder))) {
      const path = `content/${folder}/${name}`;
      files[name] = { path, content: readFileSync(join(contentRoot, folder, name), 'utf8') };
    }
    content[folder] = files;
    tree[`content/${folder}`] = files;
  }
  return tree;
}

/** Opens the CMS with the content loaded into the test backend and logs in (no account needed). */
export async function openCms(page: Page, adminUrl: string): Promise<void> {
  await page.addInitScript((tree) => {
    (window as unknown as { repoFiles: unknown }).repoFiles = tree;
  }, contentTree());
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
