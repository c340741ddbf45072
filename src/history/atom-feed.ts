/**
 * An Atom feed (RFC 4287) as text. Pure: the caller gives absolute addresses, the feed's own
 * facts and its entries; every text is escaped.
 */

export interface FeedEntry {
  /** A permanent, unique IRI. */
  id: string;
  title: string;
  /** The absolute address of the page that changed. */
  link: string;
  /** RFC 3339. */
  updated: string;
  summary: string;
}

export interface Feed {
  /** The feed's own absolute address, also its id. */
  self: string;
  /** The absolute address of the page with the same list. */
  alternate: string;
  title: string;
  subtitle: string;
  author: string;
  /** RFC 3339: the newest entry's time, or the build's when there are none. */
  updated: string;
  /** The licence's address. */
  rights?: string | undefined;
  entries: readonly FeedEntry[];
}

const escapeXml = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** The feed as Atom XML. */
export function atomFeed(feed: Feed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">',
    `  <id>${escapeXml(feed.self)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${feed.updated}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    ...(feed.rights ? [`  <rights>${escapeXml(feed.rights)}</rights>`] : []),
    ...feed.entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
      `    <updated>${entry.updated}</updated>`,
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

/**
 * A permanent id for a page's change on one day (RFC 4151 tag URI): the site's host, the day
 * and the page's path, so it stays the same in every build.
 */
export function changeId(site: string, day: string, path: string): string {
  return `tag:${new URL(site).hostname},${day}:${path}`;
}
