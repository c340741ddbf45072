import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  closePage,
  openPage,
  useServedSite,
  watchPage,
  type PageProblems,
} from '../support/browser';
import {
  entryLoaded,
  openCms,
  publishedFiles,
  saveAndPublish,
  scrollList,
} from '../support/cms-ui';
import { buildFixture, makeFixtureRoot, runContentCheck } from '../support/fixture-root';
import { SITE_DIR } from '../support/site-dirs';
import { CONTENT_DIR, contentData, contentIds, contentTitles } from '../support/content-entries';
import { COLLECTIONS, type CollectionName } from '../../src/content/collections';

// The CMS is built with its default backend, Decap's in-memory `test-repo`: no login, no
// network. What it publishes is read back from the backend and checked like any other content.
const served = useServedSite(SITE_DIR);
const root = makeFixtureRoot();
afterAll(() => root.remove());

// The entries it edits, from the content when the test runs: the first pathway and its first
// step, the first case.
const PATHWAY = contentIds('pathways')[0]!;
const pathwayData = contentData('pathways', PATHWAY) as {
  nextReview: string;
  steps: { id: string; title: string }[];
};
const FIRST_STEP = pathwayData.steps[0]!;
const CASE = contentTitles('cases')[0]!;
const PATHWAY_FILE = `content/pathways/${PATHWAY}.mdx`;

const NEW_STEP_TITLE = 'Udredning og første behandling hos egen læge';
const NEW_CASE_TITLE = 'Aktiv hverdag med diabetes';
const ID_MESSAGE = 'skal være små bogstaver, tal og bindestreger, fx «under-behandling»';

describe('the try-out CMS (no backend configured)', () => {
  it('says on every screen that nothing is saved', async () => {
    const page = await openPage(served.browser);
    const banner = page.getByText('Prøvetilstand: intet bliver gemt.');
    await page.goto(`${served.site.url}admin/`);
    await banner.waitFor();
    await openCms(page, `${served.site.url}admin/`);
    expect(await banner.isVisible()).toBe(true);
    await page.goto(`${served.site.url}admin/#/collections/pathways/entries/${PATHWAY}`);
    await entryLoaded(page, contentTitles('pathways')[0]!.title);
    expect(await banner.isVisible()).toBe(true);
    await closePage(page);
  });

  describe('in one session', () => {
    // One page for every collection, as an editor goes from one to the next: Decap's 5 MB
    // bundle is loaded and logged into once, not once per collection.
    let page: Page;
    let problems: PageProblems;
    beforeAll(async () => {
      page = await openPage(served.browser);
      problems = watchPage(page, served.site.origin);
      await openCms(page, `${served.site.url}admin/`);
    });
    afterAll(() => closePage(page));

    it.each(Object.keys(COLLECTIONS) as CollectionName[])(
      'lists every entry of %s and opens the first with its fields and body filled in',
      async (collection) => {
        problems.pageErrors.length = 0;
        await page.goto(`${served.site.url}admin/#/collections/${collection}`);
        const ids = contentIds(collection);
        const links = page.locator(`a[href*="#/collections/${collection}/entries/"]`);
        await expect.poll(() => scrollList(page, links), { timeout: 30_000 }).toBe(ids.length);
        const listed = await links.evaluateAll((anchors) =>
          anchors.map((a) => decodeURIComponent(a.getAttribute('href')!.split('/entries/')[1]!)),
        );
        expect(listed.sort()).toEqual(ids);

        const [id] = ids;
        const data = contentData(collection, id!);
        await page.goto(`${served.site.url}admin/#/collections/${collection}/entries/${id}`);
        // Every top-level text field of the entry shows the file's text.
        const config = JSON.parse(readFileSync(join(SITE_DIR, 'admin/config.yml'), 'utf8')) as {
          collections: { name: string; fields: { name: string; widget: string }[] }[];
        };
        const texts = config.collections
          .find((entry) => entry.name === collection)!
          .fields.filter((field) => ['string', 'text'].includes(field.widget))
          .map((field) => data[field.name])
          .filter((value): value is string => typeof value === 'string');
        expect(texts.length).toBeGreaterThan(0);
        const values = () =>
          page
            .locator('input, textarea')
            .evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value));
        await expect.poll(values, { timeout: 30_000 }).toEqual(expect.arrayContaining(texts));
        if (COLLECTIONS[collection].extension === '.mdx') {
          // The body's first paragraph, in the Markdown editor (raw mode, an editable element).
          const file = join(CONTENT_DIR, COLLECTIONS[collection].folder, `${id}.mdx`);
          const body = readFileSync(file, 'utf8')
            .split(/\n---\n/)[1]!
            .trim();
          const first = body.split(/\n\s*\n/)[0]!.replace(/\s+/g, ' ');
          const editors = page.locator('[contenteditable="true"]');
          await expect
            .poll(
              () =>
                editors.evaluateAll((all) =>
                  all.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ')),
                ),
              { timeout: 30_000 },
            )
            .toEqual(expect.arrayContaining([expect.stringContaining(first)]));
        }
        expect(problems.pageErrors).toEqual([]);
      },
      60_000,
    );
  });
});

describe('the CMS at /admin/', () => {
  it('edits a pathway and creates a case that pass the content check and build into pages', async () => {
    const page = await openPage(served.browser);
    const problems = watchPage(page, served.site.origin);
    await openCms(page, `${served.site.url}admin/`);

    // Change the title of the first step of a pathway.
    await page.goto(`${served.site.url}admin/#/collections/pathways/entries/${PATHWAY}`);
    const step = page.locator('[class*="SortableListItem"]', { hasText: FIRST_STEP.title }).first();
    await step.locator('button').first().click();
    await step.getByLabel('Titel', { exact: true }).first().fill(NEW_STEP_TITLE);
    await saveAndPublish(page);

    // Create a case by copying one and giving it a new title (and so a new file).
    await page.goto(`${served.site.url}admin/#/collections/cases`);
    const listed = page.getByText(CASE.title, { exact: true });
    await expect.poll(() => scrollList(page, listed), { timeout: 30_000 }).toBeGreaterThan(0);
    await listed.first().click();
    await entryLoaded(page, CASE.title);
    await page.getByRole('button', { name: /^Publiceret$/ }).click();
    await page.getByRole('menuitem', { name: 'Kopier' }).click();
    await page.getByLabel('Titel', { exact: true }).first().fill(NEW_CASE_TITLE);
    await saveAndPublish(page);

    const files = await publishedFiles(page);
    await closePage(page);
    const pathway = files.get(PATHWAY_FILE) ?? '';
    const created = files.get('content/cases/aktiv-hverdag-med-diabetes.mdx') ?? '';
    expect(pathway).toContain(`title: ${NEW_STEP_TITLE}`);
    // Dates stay quoted strings, the only form the schemas accept.
    expect(pathway).toContain(`nextReview: '${pathwayData.nextReview}'`);
    expect(created).toContain(`title: ${NEW_CASE_TITLE}`);
    expect(problems.foreignRequests).toEqual([]);
    expect(problems.cspViolations).toEqual([]);

    for (const [path, text] of files) root.write(path, text);
    const check = runContentCheck(root.dir);
    expect(check.output).toContain('Indholdet er i orden');
    const build = buildFixture(root.dir);
    expect(build.status, build.output.slice(-2000)).toBe(0);
    const read = (path: string) => readFileSync(join(root.dir, 'dist', path), 'utf8');
    expect(read(`forloeb/${PATHWAY}/index.html`)).toContain(NEW_STEP_TITLE);
    expect(read('cases/aktiv-hverdag-med-diabetes/index.html')).toContain(NEW_CASE_TITLE);
  }, 300_000);

  it('refuses a step id with capitals with the message the content check gives', async () => {
    const page = await openPage(served.browser);
    // «Redigér» on the review list links here; the admin script turns it into Decap's route.
    await page.goto(`${served.site.url}admin/?rediger=pathways%2F${PATHWAY}`);
    expect(new URL(page.url()).hash).toBe(`#/collections/pathways/entries/${PATHWAY}`);
    await openCms(page, `${served.site.url}admin/`);
    await page.goto(`${served.site.url}admin/#/collections/pathways/entries/${PATHWAY}`);
    const step = page.locator('[class*="SortableListItem"]', { hasText: FIRST_STEP.title }).first();
    await step.locator('button').first().click();
    await step.getByLabel(/^Id/).first().fill('Vurdering i almen praksis');
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.getByText(ID_MESSAGE).first().waitFor();
    const unpublished = await page.evaluate(() =>
      Object.keys((window as unknown as { repoFilesUnpublished: object }).repoFilesUnpublished),
    );
    await closePage(page);
    expect(unpublished).toEqual([]);

    const original = readFileSync(join(root.dir, PATHWAY_FILE), 'utf8');
    root.write(
      PATHWAY_FILE,
      original.replace(`id: ${FIRST_STEP.id}`, 'id: Vurdering i almen praksis'),
    );
    const check = runContentCheck(root.dir);
    expect(check.status).toBe(1);
    expect(check.output).toContain(ID_MESSAGE);
  });
});
