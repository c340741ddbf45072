import { loadSiteData, byId } from '../content/site-data';
import { phaseLabels } from '../i18n/da';
import { siteConfig } from '../site/config';
import { dataAddress, paths } from '../site/urls';
import { buildDate } from '../text/dates';
import { planDefinition, planDefinitionBundle } from './plan-definition';
import { publicSite } from '../site/urls';

type Json = Record<string, unknown>;

let cached: Promise<Json[]> | undefined;

/** Every pathway as a FHIR R4 PlanDefinition, in the order of the pathway list; built once. */
export function planDefinitions(): Promise<Json[]> {
  cached ??= (async () => {
    const { pathways, actors, sources } = await loadSiteData();
    return pathways.map((pathway) =>
      planDefinition(
        { ...pathway.data, id: pathway.id, file: `content/pathways/${pathway.id}.mdx` },
        {
          url: dataAddress(paths.planDefinition(pathway.id)),
          pageUrl: dataAddress(paths.pathway(pathway.id)),
          publisher: siteConfig.publisher?.name,
          contactEmail: siteConfig.contact.email,
          actor: (id) => {
            const actor = byId(actors, id).data;
            // FHIR R4 knows four kinds of participant; a person's own part is `patient`.
            return { name: actor.name, patient: actor.sector === 'borger' };
          },
          source: (id) => byId(sources, id).data,
          phase: (phase) => phaseLabels[phase as keyof typeof phaseLabels],
        },
      ),
    );
  })();
  return cached;
}

/** All PlanDefinitions in one Bundle. */
export async function planDefinitionsBundle(): Promise<Json> {
  return planDefinitionBundle(await planDefinitions(), {
    timestamp: buildDate(),
    absolute: publicSite !== undefined,
  });
}
