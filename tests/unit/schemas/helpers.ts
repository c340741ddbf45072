import type { z } from 'astro/zod';

/**
 * Parses `input` and returns the issues as `field.path: message` strings,
 * or an empty list when the input is valid. Keeps assertions readable.
 */
export async function issuesOf(schema: z.ZodType, input: unknown): Promise<string[]> {
  const result = await schema.safeParseAsync(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
