import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import Pagination from '../../../src/components/site/Pagination.astro';
import { pageSlice } from '../../../src/site/pagination';

async function render(page: ReturnType<typeof pageSlice>[number]) {
  const container = await AstroContainer.create();
  const html = await container.renderToString(Pagination, {
    props: { page, listPath: '/forloeb/', listName: 'Alle forløb' },
  });
  return parse(html);
}

const pages = pageSlice(
  Array.from({ length: 1000 }, (_, i) => i),
  50,
);

describe('Pagination', () => {
  it('renders nothing for a list that fits on one page', async () => {
    const html = await render(pageSlice([1, 2, 3])[0]!);
    expect(html.querySelector('nav')).toBeNull();
  });

  it('links the previous and next page and marks the current one', async () => {
    const html = await render(pages[4]!);
    const links = html.querySelectorAll('a');
    expect(links[0]?.getAttribute('href')).toBe('/forloeb/side/4/');
    expect(links.at(-1)?.getAttribute('href')).toBe('/forloeb/side/6/');
    expect(html.querySelector('[aria-current="page"]')?.text.trim()).toBe('5');
    expect(html.querySelector('nav')?.getAttribute('aria-label')).toBe('Sider: Alle forløb');
  });

  it('links page 1 at the list address and says which items are shown', async () => {
    const html = await render(pages[1]!);
    expect(html.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/forloeb/');
    expect(html.querySelector('.pagination-status')?.text).toBe('Viser 51-100 af 1.000');
  });
});
