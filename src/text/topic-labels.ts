/** The first five letters of a label's first word, lower-cased: «Kronisk sygdom» → «kroni». */
function stem(label: string): string {
  return (label.trim().split(/[\s-]+/)[0] ?? '').slice(0, 5).toLocaleLowerCase('da');
}

/**
 * The category labels that add something to a condition as the source words it. A label whose
 * first word the text already starts a word with is left out, so «Kroniske sygdomme generelt»
 * is not followed by «(Kronisk sygdom generelt)», while «Type 2-diabetes» still gets
 * «Hjerte-kar-sygdom» when both apply.
 */
export function labelsNotInText(text: string, labels: readonly string[]): string[] {
  const words = text
    .toLocaleLowerCase('da')
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean);
  return labels.filter((label) => {
    const start = stem(label);
    return start === '' || !words.some((word) => word.startsWith(start));
  });
}
