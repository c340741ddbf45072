import { externalUrlProblem } from '../../schemas/external-url';

/**
 * Links and images in MDX bodies. Links may go to other sites over https (or mailto/tel) and to
 * pages of this site that exist, written relative to the page so they also work under a
 * sub-path; images come from this site only, because no request may leave its origin. A link
 * whose text looks like an address must lead to that address.
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
    if (!LINK_SCHEMES.has(scheme)) {
      return [`adresser af typen «${scheme}:» er ikke tilladt; brug https:, mailto: eller tel:`];
    }
    const problem = externalUrlProblem(url, scheme);
    return problem === undefined ? [] : [problem];
  }
  if (external) {
    return ['en adresse, der begynder med //, siger ikke, at forbindelsen er sikker; skriv https:// foran'];
  }
  if (url.trim() === '' || url.startsWith('#')) return [];
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

/** Top-level domains that make a bare name such as `sundhed.dk` read as an address. */
const ADDRESS_DOMAINS = new Set(['dk', 'com', 'org', 'net', 'eu', 'se', 'no', 'de', 'nu', 'info', 'gov', 'int', 'io', 'uk']);
const EMAIL_TEXT = /^(?:mailto:)?([^\s@<>()/:]+@[^\s@<>()/:]+\.[^\s@<>()/:]+)$/iu;

/** The host or e-mail address a link text shows, when the text reads as one. */
function addressInText(text: string): { host: string } | { email: string } | undefined {
  const trimmed = text.trim().replace(/[.,;:]$/, '');
  const email = EMAIL_TEXT.exec(trimmed)?.[1];
  if (email !== undefined) return { email: email.toLowerCase() };
  if (/\s/.test(trimmed) || !trimmed.includes('.')) return undefined;
  const written = /^https?:\/\//i.test(trimmed) || /^www\./i.test(trimmed);
  let host: string;
  try {
    host = new URL(written && !/^www\./i.test(trimmed) ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return undefined;
  }
  if (!written && !ADDRESS_DOMAINS.has(host.split('.').at(-1) ?? '')) return undefined;
  return { host };
}

const withoutWww = (host: string) => host.replace(/^www\./, '');

/** Where a link leads, as the reader would see it: a host, an e-mail address or the address. */
function destination(url: string): { host?: string; email?: string; shown: string } {
  const trimmed = url.trim();
  if (/^mailto:/i.test(trimmed)) {
    const address = decodeURIComponent(trimmed.slice(7).split('?')[0] ?? '').toLowerCase();
    return { email: address, shown: address };
  }
  try {
    const host = new URL(trimmed).hostname;
    return host === '' ? { shown: trimmed } : { host, shown: host };
  } catch {
    return { shown: trimmed };
  }
}

/**
 * What is wrong with a link whose text looks like an address (`sundhed.dk`, `www.rn.dk/side`,
 * `https://…`, `kontakt@rn.dk`): it must lead to that host, or to that e-mail address.
 */
export function checkLinkText(text: string, url: string): string[] {
  const shown = addressInText(text);
  if (shown === undefined) return [];
  const target = destination(url);
  const same =
    'email' in shown
      ? target.email === shown.email
      : target.host !== undefined && withoutWww(target.host) === withoutWww(shown.host);
  if (same) return [];
  const written = 'email' in shown ? shown.email : shown.host;
  return [
    `linkteksten viser adressen «${written}», men linket fører til «${target.shown}»; skriv den adresse, linket fører til, som tekst, eller skriv en tekst, der ikke ligner en adresse`,
  ];
}
