/**
 * The entry's fields in the order the CMS configuration lists them (Decap passes that
 * order to a format), then any others in their own order, so saved files keep the
 * familiar layout and diffs stay small.
 */
export function orderKeys(data: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const key of keys) if (key in data) ordered[key] = data[key];
  for (const [key, value] of Object.entries(data)) if (!(key in ordered)) ordered[key] = value;
  return ordered;
}
