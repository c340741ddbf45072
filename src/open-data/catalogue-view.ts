import { collectionDescriptions, collectionTitle, openDataTexts } from '../i18n/open-data';
import { dataAddress, paths } from '../site/urls';
import { dataCatalogue, type CatalogueDataset } from './catalogue';
import { collectionNames, publication, publishedEntries } from './load';

/** The FHIR R4 specification of a Bundle, which the FHIR file conforms to. */
const FHIR_BUNDLE = 'http://hl7.org/fhir/R4/bundle.html';

/** Every dataset the site publishes: one per collection, and the pathways as FHIR. */
export async function catalogueDatasets(): Promise<CatalogueDataset[]> {
  const datasets: CatalogueDataset[] = [];
  for (const collection of collectionNames) {
    const title = collectionTitle(collection);
    datasets.push({
      identifier: collection,
      title,
      description: collectionDescriptions[collection],
      entries: (await publishedEntries(collection)).length,
      distribution: [
        {
          title: openDataTexts.dataFile(title),
          downloadURL: dataAddress(paths.collectionData(collection)),
          mediaType: 'application/json',
          conformsTo: dataAddress(paths.collectionSchema(collection)),
        },
      ],
    });
  }
  const pathways = await publishedEntries('pathways');
  datasets.push({
    identifier: 'fhir',
    title: openDataTexts.fhirTitle,
    description: openDataTexts.fhirDescription,
    entries: pathways.length,
    distribution: [
      {
        title: openDataTexts.fhirBundle,
        downloadURL: dataAddress(paths.planDefinitionBundle()),
        mediaType: 'application/fhir+json',
        conformsTo: FHIR_BUNDLE,
      },
    ],
    resources: pathways.map((pathway) => ({
      id: pathway.id,
      title: (pathway.data as { title: string }).title,
      url: dataAddress(paths.planDefinition(pathway.id)),
    })),
  });
  return datasets;
}

/** /data/index.json. */
export async function catalogueDocument(): Promise<Record<string, unknown>> {
  return dataCatalogue(
    {
      title: openDataTexts.catalogueTitle,
      description: openDataTexts.catalogueDescription,
      address: dataAddress(paths.dataCatalogue()),
      homepage: dataAddress(paths.home()),
      documentation: dataAddress(paths.openData()),
      feed: dataAddress(paths.changesFeed()),
    },
    publication(),
    await catalogueDatasets(),
  );
}
