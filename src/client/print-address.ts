/**
 * The page's address on paper («Sidens adresse», src/site/print-facts.ts) keeps the query a
 * script put in the address bar (the chosen cases, a reader's own steps), so a printed page
 * leads back to what it shows. The site's own origin and path, written at build time, stay.
 */
export function showAddressInPrint(doc: Document = document): void {
  const address = doc.querySelector('[data-page-address]');
  if (!address?.textContent) return;
  const [page = ''] = address.textContent.trim().split('?');
  address.textContent = `${page}${doc.location.search}`;
}
