import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import PageToc from '../../../src/components/content/PageToc.astro';

async function renderToc() {
  const container = await AstroContainer.create();
  const html = await container.renderToString(PageToc, {
    props: {
      headingId: 'paa-siden',
      heading: 'På siden',
      items: [
        { id: 'diagram', label: 'Forløbet som diagram' },
        { id: 'kilder', label: 'Kilder' },
      ],
      class: 'mt-8',
      listClass: 'flex',
    },
  });
  return parse(html);
}

describe('the «På siden» navigation', () => {
  it('is a navigation landmark labelled by its own heading', async () => {
    const nav = (await renderToc()).querySelector('nav');
    expect(nav?.getAttribute('aria-labelledby')).toBe('paa-siden');
    expect(nav?.querySelector('h2#paa-siden')?.textContent.trim()).toBe('På siden');
  });

  it('links every item to its section, in page order', async () => {
    const links = (await renderToc()).querySelectorAll('nav li > a');
    expect(links.map((link) => [link.getAttribute('href'), link.textContent.trim()])).toEqual([
      ['#diagram', 'Forløbet som diagram'],
      ['#kilder', 'Kilder'],
    ]);
  });

  it('is left out of print and keeps the classes the page adds', async () => {
    const nav = (await renderToc()).querySelector('nav');
    expect(nav?.classList.contains('no-print')).toBe(true);
    expect(nav?.classList.contains('mt-8')).toBe(true);
    expect(nav?.querySelector('ul')?.classList.contains('flex')).toBe(true);
  });
});
