import { regionLabels, scopeLabels, ui } from '../i18n/da';
import type { Region, Scope } from '../schemas/vocabulary';
import { shortenTitle } from '../text/text-wrap';

/**
 * Pure helpers shared by the pathway, actor and table views: anchors, related cases, titles.
 */

/** The id of a step's list item, so branches and the diagram can link to it. */
export function stepAnchor(stepId: string): string {
  return `trin-${stepId}`;
}

interface CaseLike {
  id: string;
  data: { title: string; relatedPathways: readonly { id: string }[] };
}

/**
 * For every pathway id, its related cases: those the pathway lists and those that list the
 * pathway, each once, sorted by title. Built in one pass over all pathways and cases, so that
 * pathway pages do not each scan every case (quadratic in the amount of content: at 2,000
 * pathways and 2,000 cases that scan cost more than a second of every build).
 */
export function relatedCasesByPathway<C extends CaseLike>(
  pathways: readonly { id: string; data: { relatedCases: readonly { id: string }[] } }[],
  cases: readonly C[],
): Map<string, C[]> {
  const caseById = new Map(cases.map((entry) => [entry.id, entry]));
  const related = new Map<string, Set<C>>(pathways.map((pathway) => [pathway.id, new Set()]));
  for (const pathway of pathways) {
    for (const ref of pathway.data.relatedCases) {
      const listed = caseById.get(ref.id);
      if (listed) related.get(pathway.id)?.add(listed);
    }
  }
  for (const entry of cases) {
    for (const ref of entry.data.relatedPathways) related.get(ref.id)?.add(entry);
  }
  return new Map(
    [...related].map(([id, set]) => [
      id,
      [...set].sort((a, b) => a.data.title.localeCompare(b.data.title, 'da')),
    ]),
  );
}

/** The distinct actor ids of all steps, in order of first mention. */
export function actorIdsOf(steps: readonly { actors: readonly { id: string }[] }[]): string[] {
  return [...new Set(steps.flatMap((step) => step.actors.map((actor) => actor.id)))];
}

/** Longest page title that, with « – Rehabiliteringsforløb» appended, stays within 70 characters. */
export const TAB_TITLE_MAX = 70 - ` – ${ui.siteName}`.length;

/** The title for the browser tab: the content title, shortened if it is too long. */
export function tabTitle(title: string): string {
  return shortenTitle(title, TAB_TITLE_MAX);
}

/** «Nationalt» or «Regionalt, Region Sjælland». */
export function scopeText(scope: Scope, region: Region | undefined): string {
  return region ? `${scopeLabels[scope]}, ${regionLabels[region]}` : scopeLabels[scope];
}

/** Ends a text with exactly one full stop, unless it already ends with ?, ! or a full stop. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
