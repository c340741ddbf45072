import { collectionDescriptions, collectionTitle, openDataPage as texts } from '../i18n/open-data';
import { ui } from '../i18n/da';
import { siteConfig } from '../site/config';
import { dataAddress, href, paths, publicSite } from '../site/urls';
import { collectionNames, publishedEntries } from './load';

/** A file as the page shows it: the address a program fetches, and the link. */
export interface FileLink {
  address: string;
  href: string;
}

const file = (path: string): FileLink => ({ address: dataAddress(path), href: href(path) });

/** Everything the «Åbne data» page shows, ready to render. */
export async function openDataView() {
  const collections = await Promise.all(
    collectionNames.map(async (collection) => ({
      title: collectionTitle(collection),
      description: collectionDescriptions[collection],
      entries: (await publishedEntries(collection)).length,
      data: file(paths.collectionData(collection)),
      schema: file(paths.collectionSchema(collection)),
    })),
  );
  const pathways = await publishedEntries('pathways');
  const catalogue = file(paths.dataCatalogue());
  const bundle = file(paths.planDefinitionBundle());
  const pathwayData = file(paths.collectionData('pathways'));
  const licence = siteConfig.licence;
  return {
    catalogue,
    collections,
    licence,
    // Without a configured address the credit names no address: a path alone says nothing.
    credit: texts.credit(
      ui.siteName,
      siteConfig.publisher?.name,
      publicSite ? dataAddress(paths.home()) : undefined,
      licence.name,
    ),
    fhir: {
      bundle,
      // One pathway's file as the example: the page lists no more, so it does not grow with
      // the content; the catalogue lists them all.
      example: pathways[0] && {
        title: (pathways[0].data as { title: string }).title,
        ...file(paths.planDefinition(pathways[0].id)),
      },
    },
    changes: href(paths.changes()),
    feed: publicSite ? file(paths.changesFeed()) : undefined,
    // A terminal or a Python program needs the site's full address; fetch() in a page of the
    // site itself works with the path, so only that example is shown when the address is unknown.
    examples: [
      ...(publicSite
        ? [{ label: texts.examples.shell, code: `curl --silent ${catalogue.address}` }]
        : []),
      {
        label: texts.examples.javascript,
        code: [
          `const svar = await fetch('${pathwayData.address}');`,
          'const { entries } = await svar.json();',
          'for (const forloeb of entries) console.log(forloeb.id, forloeb.data.title);',
        ].join('\n'),
      },
      ...(publicSite
        ? [
            {
              label: texts.examples.python,
              code: [
                'import json, urllib.request',
                `with urllib.request.urlopen('${bundle.address}') as svar:`,
                '    bundt = json.load(svar)',
                "print(len(bundt['entry']))",
              ].join('\n'),
            },
          ]
        : []),
    ],
  };
}

export type OpenDataView = Awaited<ReturnType<typeof openDataView>>;
