import { diseaseAreaLabels } from '../i18n/da';
import { DISEASE_AREAS, type DiseaseArea } from '../schemas/vocabulary';

/**
 * Finding a pathway by its disease area once there are too many to scan. Pure.
 *
 * While the site has at most `MAX_PATHWAY_DOORS` pathways, the home page offers one door per
 * pathway and the pathway list is one short list, as today. Beyond that, a door per pathway
 * would bury the page, so the home page offers one door per disease area instead, and the
 * pathway list links one list per area (`/forloeb/omraade/<area>/`). Eight doors is what fits
 * on two screens of a phone and still reads as a choice rather than a list.
 */
export const MAX_PATHWAY_DOORS = 8;

/** Whether the site has so many pathways that it offers one list per disease area. */
export function hasAreaLists(pathwayCount: number): boolean {
  return pathwayCount > MAX_PATHWAY_DOORS;
}

/** The parts of a pathway the grouping reads. */
interface AreaPathway {
  data: { diseaseAreas: readonly DiseaseArea[] };
}

/** A disease area that has pathways, and how many. */
export interface AreaCount {
  area: DiseaseArea;
  label: string;
  count: number;
}

/**
 * The disease areas that have at least one pathway, in the vocabulary's order, with their
 * number of pathways. A pathway in two areas counts in both.
 */
export function areaCounts(pathways: readonly AreaPathway[]): AreaCount[] {
  return DISEASE_AREAS.map((area) => ({
    area,
    label: diseaseAreaLabels[area],
    count: pathways.filter((pathway) => pathway.data.diseaseAreas.includes(area)).length,
  })).filter((entry) => entry.count > 0);
}

/** The pathways of one disease area, in the order given. */
export function pathwaysInArea<T extends AreaPathway>(
  pathways: readonly T[],
  area: DiseaseArea,
): T[] {
  return pathways.filter((pathway) => pathway.data.diseaseAreas.includes(area));
}
