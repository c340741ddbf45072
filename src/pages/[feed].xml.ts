import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../content/site-data';
import { changesFeed } from '../history/changes-view';
import { contentHistory } from '../history/git-history';
import { ui } from '../i18n/da';
import { siteConfig } from '../site/config';
import { paths, publicSite } from '../site/urls';
import { buildDate, isoDay } from '../text/dates';

/**
 * /seneste-aendringer.xml: the Atom feed of content changes. Built only when the public address
 * is configured, because a feed needs absolute addresses (README, «What changed»); a local
 * build has the page «Seneste ændringer» and no feed.
 */
export const getStaticPaths = (() =>
  publicSite
    ? [{ params: { feed: paths.changesFeed().replace(/^\/|\.xml$/g, '') } }]
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const body = changesFeed(contentHistory(), await loadSiteData(), {
    site: publicSite ?? '',
    author: siteConfig.publisher?.name ?? ui.siteName,
    licence: `${siteConfig.licence.name}, ${siteConfig.licence.url}`,
    buildDay: isoDay(buildDate()),
  });
  return new Response(body, {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
