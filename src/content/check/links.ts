/**
 * Links and images in MDX bodies. Links may go to other sites over https (or mailto/tel) and to
 * pages of this site that exist, written relative to the page so they also work under a
 * sub-path; images come from this site only, because no request may leave its origin.
 */

/** Where the body is shown and which site paths exist. */
export interface LinkContext {
  /** The page the body is shown on, e.g. `/forloeb/knaeartrose-traening/`. */
  pagePath: string;
  /** True when a site path (e.g. `/kilder/x/` or `/favicon.svg`) is a page or file of the site. */
  exists: (path: string) => boolean;
}

const DANGEROUS = new Set(['javascript', 'data', 'vbscript']);
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const SITE = 'https://site.invalid';

/** How a browser reads the start of a URL: ASCII tabs, newlines and controls do not count. */
function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- browsers drop exactly these characters
  const squeezed = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(squeezed)?.[1];
}

/** The relative form of a root path as seen from `from`, e.g. `../../kilder/x/`. */
export function relativeTo(from: string, to: string): string {
  const fromParts = from.split('/').filter(Boolean);
  const ups = fromParts.length === 0 ? './' : '../'.repeat(fromParts.length);
  return `${ups}${to.replace(/^\//, '')}`;
}

/** What is wrong with one link or image URL (empty when nothing is). */
export function checkLink(url: string, kind: 'link' | 'image', context: LinkContext): string[] {
  const scheme = schemeOf(url);
  if (scheme !== undefined && DANGEROUS.has(scheme)) {
    return [`adresser, der begynder med «${scheme}:», er ikke tilladt, fordi de kan køre kode eller skjule indhold; brug en almindelig https-adresse`];
  }
  const external = scheme !== undefined || url.trim().startsWith('//');
  if (kind === 'image' && external) {
    return ['billeder fra andre websteder er ikke tilladt (siden henter intet fra andre steder); læg billedet i public/ og henvis til det relativt'];
  }
  if (scheme !== undefined) {
    return LINK_SCHEMES.has(scheme)
      ? []
      : [`adresser af typen «${scheme}:» er ikke tilladt; brug https:, mailto: eller tel:`];
  }
  if (external || url.trim() === '' || url.startsWith('#')) return [];
  const target = new URL(url, `${SITE}${context.pagePath}`).pathname;
  const problems: string[] = [];
  if (url.startsWith('/')) {
    problems.push(`et link, der begynder med /, virker ikke, når webstedet ligger under en understi (fx /rehab/); skriv det relativt: «${relativeTo(context.pagePath, target)}»`);
  }
  if (!context.exists(target)) {
    problems.push(`linket peger på «${target}», som ikke er en side på webstedet; ret adressen`);
  }
  return problems;
}
