import { describe, expect, it } from 'vitest';
import { heaviestByShape, routeShape, type WeighedPage } from '../../support/site-weight';

describe('routeShape', () => {
  it('names the home page /', () => {
    expect(routeShape('index.html')).toBe('/');
  });

  it('replaces entry ids with <id> and keeps the route words', () => {
    expect(routeShape('forloeb/knaeartrose-traening/index.html')).toBe('forloeb/<id>/');
    expect(routeShape('forloeb/knaeartrose-traening/baggrund/index.html')).toBe(
      'forloeb/<id>/baggrund/',
    );
    expect(routeShape('cases/sammenlign/index.html')).toBe('cases/sammenlign/');
  });

  it('replaces page numbers with <n>', () => {
    expect(routeShape('forloeb/side/12/index.html')).toBe('forloeb/side/<n>/');
    expect(routeShape('aktoerer/sygehus/side/3/index.html')).toBe('aktoerer/<id>/side/<n>/');
  });

  it('keeps a file that is not a folder page as it is', () => {
    expect(routeShape('404.html')).toBe('404.html');
  });
});

describe('heaviestByShape', () => {
  const page = (path: string, total: number): WeighedPage => ({
    path,
    shape: routeShape(path),
    weight: { html: total, css: 0, js: 0, total, files: [], external: [] },
  });

  it('keeps the heaviest page of each shape, heaviest first', () => {
    const pages = [
      page('forloeb/a/index.html', 10),
      page('forloeb/b/index.html', 30),
      page('cases/x/index.html', 20),
    ];
    expect(heaviestByShape(pages).map((p) => p.path)).toEqual([
      'forloeb/b/index.html',
      'cases/x/index.html',
    ]);
  });
});
