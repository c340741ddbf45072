import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../../src/content/collections';
import {
  cssImports,
  examplePages,
  formatKb,
  gzipSize,
  pageAssets,
  pageTypeOf,
  resolveSitePath,
  staticImports,
  tagAttributes,
  weighPage,
} from '../../support/page-weight';

const gz = (text: string) => gzipSync(Buffer.from(text), { level: 6 }).length;

/** A tiny built site: path inside the site → content. */
function site(files: Record<string, string>) {
  return (path: string) => files[path];
}

describe('gzipSize', () => {
  it('measures the gzip-compressed size at level 6', () => {
    const text = 'rehabilitering '.repeat(200);
    expect(gzipSize(text)).toBe(gz(text));
    expect(gzipSize(text)).toBeLessThan(text.length / 10);
  });
});

describe('tagAttributes', () => {
  it('reads quoted, single-quoted, unquoted and bare attributes', () => {
    expect(tagAttributes(`<script type="module" src='/a.js' defer data-x=1>`)).toEqual({
      type: 'module',
      src: '/a.js',
      defer: '',
      'data-x': '1',
    });
  });
});

describe('pageAssets', () => {
  it('lists stylesheets, module preloads and external scripts, and keeps inline scripts apart', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel=modulepreload href=/_astro/m.js>
      <link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/b.js"></script>
      <script type="module">import "/_astro/c.js";</script>`;
    const { assets, inlineScripts } = pageAssets(html);
    expect(assets).toEqual([
      { kind: 'css', url: '/_astro/a.css' },
      { kind: 'js', url: '/_astro/m.js' },
      { kind: 'js', url: '/_astro/b.js' },
    ]);
    expect(inlineScripts).toEqual(['import "/_astro/c.js";']);
  });

  it('ignores scripts that only hold data or templates', () => {
    const html = `<script type="text/pagefind-template"><li>{{ meta.title }}</li></script>
      <script type="application/ld+json">{"a":1}</script>`;
    expect(pageAssets(html)).toEqual({ assets: [], inlineScripts: [] });
  });
});

describe('staticImports', () => {
  it('finds the static imports of a minified bundle', () => {
    const code = `import{a as b}from"./dom.js";import"./side.js";export*from"../x.js";const c=1;`;
    expect(staticImports(code)).toEqual(['./dom.js', './side.js', '../x.js']);
  });

  it('leaves out dynamic imports, which load only when they run', () => {
    expect(staticImports('const p=await import("/pagefind/pagefind.js");')).toEqual([]);
    expect(staticImports('el.onclick=()=>import(`${base}pagefind.js`)')).toEqual([]);
  });
});

describe('cssImports', () => {
  it('finds @import targets in both spellings', () => {
    expect(cssImports('@import url("./a.css");@import "b.css";body{}')).toEqual([
      './a.css',
      'b.css',
    ]);
  });
});

describe('resolveSitePath', () => {
  it('resolves absolute and relative URLs against the page and strips the base', () => {
    expect(resolveSitePath('/rehab/_astro/a.css', 'cases/x/index.html', '/rehab/')).toBe(
      '_astro/a.css',
    );
    expect(resolveSitePath('./dom.js', '_astro/b.js', '/')).toBe('_astro/dom.js');
    expect(resolveSitePath('../../_astro/a.css', 'cases/x/index.html', '/')).toBe('_astro/a.css');
  });

  it('returns null for another origin and for data URLs', () => {
    expect(resolveSitePath('https://cdn.example/a.js', 'index.html', '/')).toBeNull();
    expect(resolveSitePath('data:text/css,body{}', 'index.html', '/')).toBeNull();
  });
});

describe('weighPage', () => {
  const css = 'body{color:#111}'.repeat(20);
  const dom = 'export const q=(s)=>document.querySelector(s);'.repeat(5);
  const main = `import{q}from"./dom.js";q("x").onclick=()=>import("/pagefind/pagefind.js");`;

  it('adds the gzip sizes of the HTML, its stylesheet and its scripts with their static imports', () => {
    const html = `<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/main.js"></script>`;
    const weight = weighPage(
      'cases/index.html',
      html,
      site({ '_astro/site.css': css, '_astro/main.js': main, '_astro/dom.js': dom }),
    );
    expect(weight.html).toBe(gz(html));
    expect(weight.css).toBe(gz(css));
    expect(weight.js).toBe(gz(main) + gz(dom));
    expect(weight.total).toBe(gz(html) + gz(css) + gz(main) + gz(dom));
    expect(weight.files.map((file) => file.path)).toEqual([
      'cases/index.html',
      '_astro/site.css',
      '_astro/main.js',
      '_astro/dom.js',
    ]);
  });

  it('counts a file that is linked twice only once', () => {
    const html = `<link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="../_astro/site.css">`;
    const weight = weighPage('cases/index.html', html, site({ '_astro/site.css': css }));
    expect(weight.css).toBe(gz(css));
  });

  it('reports zero JavaScript for a page without scripts', () => {
    const weight = weighPage('forloeb/x/index.html', '<h1>Forløb</h1>', site({}));
    expect(weight.js).toBe(0);
    expect(weight.css).toBe(0);
  });

  it('lists assets from another origin instead of weighing them', () => {
    const html = '<script src="https://cdn.example/x.js"></script>';
    expect(weighPage('index.html', html, site({})).external).toEqual(['https://cdn.example/x.js']);
  });

  it('fails when the page links a file the site does not have', () => {
    const html = '<link rel="stylesheet" href="/_astro/gone.css">';
    expect(() => weighPage('index.html', html, site({}))).toThrow(/_astro\/gone\.css/);
  });

  it('resolves assets under a sub-path base', () => {
    const html = '<link rel="stylesheet" href="/rehab/_astro/site.css">';
    const weight = weighPage('index.html', html, site({ '_astro/site.css': css }), '/rehab/');
    expect(weight.css).toBe(gz(css));
  });
});

describe('formatKb', () => {
  it('writes kilobytes of 1024 bytes with one decimal', () => {
    expect(formatKb(0)).toBe('0.0 KB');
    expect(formatKb(51_200)).toBe('50.0 KB');
    expect(formatKb(1536)).toBe('1.5 KB');
  });
});

describe('pageTypeOf', () => {
  it('names the page type of each kind of built page', () => {
    expect(pageTypeOf('index.html')).toBe('home');
    expect(pageTypeOf('forloeb/knaeartrose-traening/index.html')).toBe('pathway');
    expect(pageTypeOf('cases/samblik/index.html')).toBe('case');
    expect(pageTypeOf('cases/index.html')).toBe('catalogue');
    expect(pageTypeOf('cases/sammenlign/index.html')).toBe('comparison');
    expect(pageTypeOf('aktoerer/kommune/index.html')).toBe('actor');
    expect(pageTypeOf('ansvarsfordeling/kraeft-ansvarsfordeling/index.html')).toBe(
      'responsibility table',
    );
    expect(pageTypeOf('soeg/index.html')).toBe('search');
    expect(pageTypeOf('kilder/rn-knaeartrose-2016/index.html')).toBe('source');
  });

  it("finds each collection's entry pages under the page folder the registry names", () => {
    const entryPage = (folder: string) => `${folder}/x/index.html`;
    expect(pageTypeOf(entryPage(COLLECTIONS.pathways.page))).toBe('pathway');
    expect(pageTypeOf(entryPage(COLLECTIONS.cases.page))).toBe('case');
    expect(pageTypeOf(entryPage(COLLECTIONS.responsibilities.page))).toBe('responsibility table');
    expect(pageTypeOf(entryPage(COLLECTIONS.actors.page))).toBe('actor');
    expect(pageTypeOf(entryPage(COLLECTIONS.sources.page))).toBe('source');
  });

  it('names every page of a list split into pages by the list', () => {
    expect(pageTypeOf('forloeb/index.html')).toBe('pathway list');
    expect(pageTypeOf('forloeb/side/3/index.html')).toBe('pathway list');
    expect(pageTypeOf('forloeb/omraade/kraeft/side/2/index.html')).toBe('pathway list');
    expect(pageTypeOf('cases/side/2/index.html')).toBe('catalogue');
    expect(pageTypeOf('ansvarsfordeling/side/2/index.html')).toBe('table list');
    expect(pageTypeOf('aktoerer/sygehus/side/2/index.html')).toBe('actor');
    expect(pageTypeOf('aktoerer/sygehus/tabeller/side/2/index.html')).toBe('actor');
    expect(pageTypeOf('kilder/rn-knaeartrose-2016/side/2/index.html')).toBe('source');
    expect(pageTypeOf('redaktion/gennemgang/side/2/index.html')).toBe('review list');
  });

  it('leaves out utility and other pages', () => {
    expect(pageTypeOf('cases/om-vurderingerne/index.html')).toBeUndefined();
    expect(pageTypeOf('forloeb/knae/baggrund/index.html')).toBeUndefined();
    expect(pageTypeOf('404.html')).toBeUndefined();
  });
});

describe('examplePages', () => {
  it('picks the largest page of each type and leaves out types with no page', () => {
    expect(
      examplePages([
        { path: 'index.html', bytes: 10 },
        { path: 'forloeb/a/index.html', bytes: 500 },
        { path: 'forloeb/b/index.html', bytes: 900 },
        { path: 'forloeb/c/index.html', bytes: 900 },
        { path: 'cases/sammenlign/index.html', bytes: 5000 },
        { path: 'cases/x/index.html', bytes: 100 },
      ]),
    ).toEqual({
      home: 'index.html',
      pathway: 'forloeb/b/index.html',
      comparison: 'cases/sammenlign/index.html',
      case: 'cases/x/index.html',
    });
  });
});

describe('the page-weight rules outside Vite', () => {
  it('load in plain Node, as npm run bench and npm run lighthouse load them', () => {
    const root = resolve(import.meta.dirname, '../../..');
    const result = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const m = await import('./tests/support/page-weight.ts'); console.log(m.pageTypeOf('forloeb/x/index.html'));",
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('pathway');
  });
});
