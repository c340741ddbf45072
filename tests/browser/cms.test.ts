import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closePage, openPage, useServedSite, watchPage } from '../support/browser';
import { entryLoaded, openCms, publishedFiles, saveAndPublish } from '../support/cms-ui';
import { buildFixture, makeFixtureRoot, runContentCheck } from '../support/fixture-root';
import { SITE_DIR } from '../support/site-dirs';
import { contentData, contentIds, contentTitles } from '../support/content-entries';

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
    await page.getByText(CASE.title, { exact: true }).click();
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
