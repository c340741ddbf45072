// YAML for the bench's synthetic content: every string single-quoted (or a literal block when it
// has line breaks), so no value is ever read as a date, a number or a flow map.

/**
 * @param {unknown} value
 * @param {number} indent
 * @returns {string}
 */
function yamlValue(value, indent) {
  const pad = ' '.repeat(indent);
  if (value === null) return ' null';
  if (typeof value === 'number' || typeof value === 'boolean') return ` ${String(value)}`;
  if (typeof value === 'string') {
    if (value.includes('\n')) {
      const body = value
        .split('\n')
        .map((line) => (line === '' ? '' : `${pad}  ${line}`))
        .join('\n');
      return ` |-\n${body}`;
    }
    return ` '${value.replaceAll("'", "''")}'`;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return ' []';
    return `\n${value
      .map((item) => {
        if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
          const lines = yamlObject(/** @type {Record<string, unknown>} */ (item), indent + 2);
          return `${pad}- ${lines.slice(indent + 2)}`;
        }
        return `${pad}-${yamlValue(item, indent + 2)}`;
      })
      .join('\n')}`;
  }
  if (typeof value === 'object') {
    if (Object.values(value).every((item) => item === undefined)) return ' {}';
    return `\n${yamlObject(/** @type {Record<string, unknown>} */ (value), indent + 2)}`;
  }
  throw new Error(`cannot write ${typeof value} as YAML`);
}

/**
 * @param {Record<string, unknown>} object
 * @param {number} indent
 * @returns {string}
 */
function yamlObject(object, indent) {
  const pad = ' '.repeat(indent);
  return Object.entries(object)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${pad}${key}:${yamlValue(value, indent)}`)
    .join('\n');
}

/**
 * Serialises plain data (objects, arrays, strings, numbers, booleans, null) as block-style YAML.
 * @param {Record<string, unknown>} data
 * @returns {string}
 */
export function toYaml(data) {
  return `${yamlObject(data, 0)}\n`;
}
