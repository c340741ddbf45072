/**
 * How a section locator reads in a citation. Locators are written as the document names
 * them («Figur 3», «Bilag 6», «Afsnit 4.2»); a bare number such as «2.1 Samblik» gets
 * «afsnit» in front so the reader knows what the number is.
 */
export function formatSection(section: string): string {
  return /^\d/.test(section) ? `afsnit ${section}` : section;
}

/** What a citation needs to know about its document. */
interface CitedSource {
  shortTitle: string;
  publisher: string;
  /** The document's date, formatted as precisely as the document gives it. */
  dateText: string;
}

/**
 * The words after a cited document's title: «(Sundhedsstyrelsen, 9. februar 2018), Figur 3.».
 * Assembled as one string so that formatting never puts a space before a comma.
 */
export function citationDetail(source: CitedSource, section: string): string {
  return `(${source.publisher}, ${source.dateText}), ${formatSection(section)}.`;
}

/** A remark about the source, labelled with the part of the document it concerns. */
interface SourceNote {
  /** «Kræft – forløbsprogram 2018, Figur 3». */
  label: string;
  note: string;
}

/** The remarks of a page's citations, for the folded «Om kilden» part, in citation order. */
export function sourceNotes(
  citations: readonly { source: CitedSource; section: string; note?: string | undefined }[],
): SourceNote[] {
  return citations.flatMap(({ source, section, note }) =>
    note ? [{ label: `${source.shortTitle}, ${formatSection(section)}`, note }] : [],
  );
}
