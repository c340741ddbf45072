// Pure scoring for the search relevance test set (tests/search/relevance.yaml).

/**
 * @typedef {object} RelevanceCase
 * @property {string} query what a reader types
 * @property {string} kind what the query tests
 * @property {string[]} first the first result must be one of these pages
 * @property {string[]} top3 each of these pages must be among the first three results
 * @property {string[]} found each of these pages must be among the results
 */

/**
 * The test set, checked: every entry has a query and at least one expected page.
 * @param {unknown} data the parsed YAML
 * @returns {RelevanceCase[]}
 */
export function readCases(data) {
  if (!Array.isArray(data)) throw new Error('relevance.yaml: skal være en liste af søgninger');
  return data.map((entry, index) => {
    const where = `relevance.yaml, søgning ${index + 1}`;
    if (typeof entry?.query !== 'string' || entry.query.trim() === '') {
      throw new Error(`${where}: «query» mangler`);
    }
    /** @param {string} field */
    const pages = (field) => {
      const value = entry[field] ?? [];
      if (
        !Array.isArray(value) ||
        value.some((page) => typeof page !== 'string' || !page.startsWith('/'))
      ) {
        throw new Error(
          `${where} («${entry.query}»): «${field}» skal være en liste af stier, fx /forloeb/x/`,
        );
      }
      return value;
    };
    const result = {
      query: entry.query,
      kind: String(entry.kind ?? ''),
      first: pages('first'),
      top3: pages('top3'),
      found: pages('found'),
    };
    if (result.first.length + result.top3.length + result.found.length === 0) {
      throw new Error(
        `${where} («${entry.query}»): angiv mindst én side under first, top3 eller found`,
      );
    }
    return result;
  });
}

/**
 * How one query did: `first` when the first result is an expected page, `hit` when every
 * expectation of the case holds.
 * @param {RelevanceCase} test
 * @param {string[]} results result paths, best first
 */
export function judge(test, results) {
  const expected = [...test.first, ...test.top3];
  const firstIsExpected = results[0] !== undefined && expected.includes(results[0]);
  const problems = [];
  if (test.first.length > 0 && !(results[0] !== undefined && test.first.includes(results[0]))) {
    problems.push(`først: ${results[0] ?? '(intet)'}, ventet ${test.first.join(' eller ')}`);
  }
  for (const page of test.top3) {
    const at = results.indexOf(page);
    if (at < 0 || at > 2) problems.push(`${page} er nr. ${at < 0 ? '–' : at + 1}, ventet i top 3`);
  }
  for (const page of test.found) {
    if (!results.includes(page)) problems.push(`${page} mangler i resultaterne`);
  }
  return { first: firstIsExpected, hit: problems.length === 0, problems };
}

/**
 * The hit rates over the whole set.
 * @param {{ first: boolean, hit: boolean }[]} verdicts
 */
export function rates(verdicts) {
  /** @param {number} count */
  const share = (count) => (verdicts.length === 0 ? 0 : count / verdicts.length);
  return {
    queries: verdicts.length,
    first: share(verdicts.filter((verdict) => verdict.first).length),
    top3: share(verdicts.filter((verdict) => verdict.hit).length),
  };
}
