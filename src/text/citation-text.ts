/**
 * How a section locator reads in a citation. Locators are written as the document names
 * them («Figur 3», «Bilag 6», «Afsnit 4.2»); a bare number such as «2.1 Samblik» gets
 * «afsnit» in front so the reader knows what the number is.
 */
export function formatSection(section: string): string {
  return /^\d/.test(section) ? `afsnit ${section}` : section;
}
