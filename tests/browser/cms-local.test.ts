import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  closePage,
  launchBrowser,
  openPage,
  watchPage,
  type PageProblems,
} from '../support/browser';
import { startLocalCms, type LocalCms } from '../support/cms-local';
import { contentData, contentIds } from '../support/content-entries';
import { SITE_DIR } from '../support/site-dirs';

// The CMS on an editor's own machine (`npm run cms`): Decap's local backend, decap-server,
// writing into a git copy of the content. Edits made through the real UI must show in `git diff`
// as exactly the lines the editor changed.

let cms: LocalCms;
let browser: Browser;
beforeAll(async () => {
  cms = await startLocalCms(SITE_DIR);
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

const ADDED = 'Tilføjet i en test.';

/** Logs in on a fresh page, opens an entry in the editor and waits for its identifying field. */
async function openEntry(collection: string, id: string, title: string): Promise<Page> {
  const page = await openPage(browser);
  const problems = watchPage(page, new URL(cms.adminUrl).origin);
  pages.push({ page, problems });
  await page.goto(cms.adminUrl);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('heading', { name: 'Samlinger' }).waitFor();
  await page.goto(`${cms.adminUrl}#/collections/${collection}/entries/${id}`);
  await page.waitForFunction(
    (expected) => [...document.querySelectorAll('input')].some((input) => input.value === expected),
    title,
  );
  return page;
}
const pages: { page: Page; problems: PageProblems }[] = [];

/** Publishes the open entry (the local backend has no drafts) and waits until it is written. */
async function publish(page: Page, file: string) {
  await page.getByRole('button', { name: 'Publicer', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publicer nu' }).click();
  await expect.poll(() => cms.diff('--name-only'), { timeout: 30_000 }).toContain(file);
}

/** The lines of `git diff` for one file that were added (+) and removed (-). */
function changedLines(file: string): { added: string[]; removed: string[] } {
  const lines = cms.diff('-U0', '--', file).split('\n');
  return {
    added: lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).map((l) => l.slice(1)),
    removed: lines.filter((l) => l.startsWith('-') && !l.startsWith('---')).map((l) => l.slice(1)),
  };
}

describe('the CMS with the local backend (npm run cms)', () => {
  it('saves an edited step, actor and table row as exactly the lines that changed', async () => {
    // A pathway step's text: one sentence added at its end.
    const pathway = contentIds('pathways')[0]!;
    const pathwayData = contentData('pathways', pathway) as {
      title: string;
      steps: { title: string; description: string }[];
    };
    const step = pathwayData.steps[0]!;
    let page = await openEntry('pathways', pathway, pathwayData.title);
    const item = page.locator('[class*="SortableListItem"]', { hasText: step.title }).first();
    await item.locator('button').first().click();
    const description = item.getByLabel('Beskrivelse', { exact: true }).first();
    await description.fill(`${step.description} ${ADDED}`);
    const pathwayFile = `content/pathways/${pathway}.mdx`;
    await publish(page, pathwayFile);

    // An actor's description: the same.
    const actor = contentIds('actors')[0]!;
    const actorData = contentData('actors', actor) as { name: string; description: string };
    page = await openEntry('actors', actor, actorData.name);
    await page.getByLabel('Beskrivelse', { exact: true }).fill(`${actorData.description} ${ADDED}`);
    const actorFile = `content/actors/${actor}.yaml`;
    await publish(page, actorFile);

    // A table row: one value of the first row, in the row's own editor (one line per column).
    const dataset = contentIds('datasets')[0]!;
    const datasetData = contentData('datasets', dataset) as {
      title: string;
      rows: Record<string, unknown>[];
    };
    const [column, value] = Object.entries(datasetData.rows[0]!)[0]!;
    const changed = typeof value === 'number' ? value + 1 : `${String(value)} (rettet)`;
    page = await openEntry('datasets', dataset, datasetData.title);
    // The rows are one YAML text, a row per «- »; the column's first line is the first row's.
    const rows = page.getByLabel('Rækker', { exact: true });
    const text = await rows.inputValue();
    const line = new RegExp(`^(- |  )${column}: ${String(value)}$`, 'm');
    expect(text).toMatch(line);
    await rows.fill(text.replace(line, `$1${column}: ${changed}`));
    const datasetFile = `content/datasets/${dataset}.yaml`;
    await publish(page, datasetFile);
    for (const { page: open, problems } of pages) {
      expect(problems.pageErrors).toEqual([]);
      expect(problems.cspViolations).toEqual([]);
      await closePage(open);
    }

    expect(cms.diff('--name-only').trim().split('\n').sort()).toEqual(
      [actorFile, datasetFile, pathwayFile].sort(),
    );
    for (const file of [pathwayFile, actorFile]) {
      const { added, removed } = changedLines(file);
      // The last line of the text, with the sentence added (or the sentence on a line of its own).
      expect(added.join(' ')).toContain(ADDED);
      expect(added.length + removed.length).toBeLessThanOrEqual(2);
      for (const line of removed) expect(added.join('\n')).toContain(line.trim());
    }
    const { added, removed } = changedLines(datasetFile);
    expect(removed).toHaveLength(1);
    expect(added).toEqual([removed[0]!.replace(/: .*$/, `: ${String(changed)}`)]);
  }, 180_000);
});
