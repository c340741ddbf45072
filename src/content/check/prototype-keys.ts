import { formatPath } from './problem';

/**
 * Finds `__proto__` map keys at any depth. YAML keeps one as an ordinary key, but zod drops it
 * from a record without a word, so a value written under it would silently vanish. (Other names
 * every object has, such as `constructor`, are refused by the id schemas with their own field.)
 */
export function findPrototypeKeys(
  value: unknown,
  path: (string | number)[] = [],
): { field: string; key: string }[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => findPrototypeKeys(item, [...path, index]));
  }
  if (typeof value !== 'object' || value === null || value instanceof Date) return [];
  return Object.keys(value).flatMap((key) => [
    ...(key === '__proto__' ? [{ field: formatPath([...path, key]), key }] : []),
    ...findPrototypeKeys((value as Record<string, unknown>)[key], [...path, key]),
  ]);
}
