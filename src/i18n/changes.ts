import type { PagedCollection } from '../content/collections';
import { formatDate } from '../text/dates';

/**
 * Danish texts of «Seneste ændringer» and of the Atom feed of the same changes. Part of the one
 * place for UI strings (see `da.ts`).
 */
export const changesTexts = {
  title: 'Seneste ændringer',
  description: 'Hvilke forløb, cases, tabeller, aktører og kilder der er ændret, nyeste først.',
  lead: 'Her kan du se, hvilke sider der er tilføjet eller ændret, nyeste først. Hver ændring står én gang pr. side og dag.',
  feedTitle: 'Rehabiliteringsforløb – seneste ændringer',
  feedSubtitle: 'Forløb, cases, tabeller, aktører og kilder, der er tilføjet eller ændret.',
  feedLink: 'Følg ændringerne som Atom-feed',
  feedLinkNote:
    'Et feed kan læses i en feedlæser eller af et andet system, der vil vide, når noget ændres.',
  /** Without history in the build: said plainly, nothing is invented, nothing about the build. */
  unavailable: 'Denne udgave af sitet kan ikke vise, hvilke sider der er ændret og hvornår.',
  none: 'Der er endnu ingen ændringer at vise.',
  /** The accessible name of the list and of the page links. */
  listName: 'Ændringer',
  /**
   * Singular names of what changed, by collection: every collection with pages of its own
   * (src/content/collections.ts), so the compiler asks for one when such a collection is added.
   */
  kinds: {
    pathways: 'Forløbet',
    cases: 'Casen',
    responsibilities: 'Ansvarstabellen',
    actors: 'Aktøren',
    sources: 'Kilden',
  } satisfies Record<PagedCollection, string>,
  /** The short summary of one change. */
  summary: (kind: string, title: string, added: boolean) =>
    `${kind} «${title}» er ${added ? 'tilføjet' : 'ændret'}.`,
  day: (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`)),
} as const;
