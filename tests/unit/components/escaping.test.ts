import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import PageHeading from '../../../src/components/content/PageHeading.astro';

describe('text from content', () => {
  it('renders a script tag in a title as visible text, not as an element', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(PageHeading, {
      props: { title: '<script>alert(1)</script>', lead: '<img src=x onerror=alert(1)>' },
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
