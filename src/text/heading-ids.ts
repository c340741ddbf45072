import GithubSlugger, { slug } from 'github-slugger';

/**
 * The ids of a body's headings, given in document order: GitHub's slug of the heading's text
 * (as Astro would give it), or `overskrift-<n>` for the n-th heading when its text gives no slug
 * at all (a heading of only an emoji would otherwise get an empty id, and a second one `-1`).
 * The build (src/integrations/markdown.ts) and the content check (which refuses an id the page
 * already uses) both number headings this way, so they agree on every id.
 */
export function headingIds(): (text: string) => string {
  const slugger = new GithubSlugger();
  let count = 0;
  return (text) => {
    count += 1;
    return slugger.slug(slug(text) === '' ? `overskrift-${count}` : text);
  };
}
