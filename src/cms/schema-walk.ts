import { z } from 'astro/zod';
import { isoDateSchema } from '../schemas/common';

/**
 * A neutral description of one schema node, read from zod 4's public definition
 * (`schema._zod.def`). The CMS configuration is built from these, so every field the
 * schemas define has a CMS field, and a schema change changes the CMS with it.
 */
export type SchemaNode =
  | { kind: 'string'; pattern?: { regex: RegExp; message: string } }
  | { kind: 'number'; integer: boolean; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'date' }
  | { kind: 'enum'; values: string[] }
  | { kind: 'reference'; collection: string }
  | { kind: 'array'; item: SchemaNode; min?: number }
  | { kind: 'object'; fields: FieldNode[] }
  | { kind: 'record'; value: SchemaNode }
  | { kind: 'scalar' };

/** A named field of an object, with whether the schema lets it be left out. */
export interface FieldNode {
  name: string;
  node: SchemaNode;
  required: boolean;
  defaultValue?: unknown;
}

type AnySchema = z.ZodType;

/** The parts of a zod 4 definition the walker reads. */
interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  valueType?: AnySchema;
  options?: AnySchema[];
  entries?: Record<string, string>;
  defaultValue?: unknown;
  checks?: { _zod: { def: Record<string, unknown> } }[];
}

const defOf = (schema: AnySchema): Def => schema._zod.def as unknown as Def;

/**
 * The collection a field refers to, or null when it is not a reference.
 *
 * Two forms are recognised, so this is the only place to adapt when references change:
 * - zod metadata `.meta({ reference: 'actors' })` (the planned `src/schemas/reference.ts`);
 * - Astro's `reference('actors')`, which resolves an id to `{ id, collection }`: parsing a
 *   probe id through the schema's public `safeParse` reveals the target collection.
 */
export function referenceTarget(schema: AnySchema): string | null {
  const meta = z.globalRegistry.get(schema) as { reference?: unknown } | undefined;
  if (typeof meta?.reference === 'string') return meta.reference;
  const type = defOf(schema).type;
  if (type !== 'pipe' && type !== 'union') return null;
  const probe = schema.safeParse('reference-probe');
  if (!probe.success || typeof probe.data !== 'object' || probe.data === null) return null;
  const { id, collection } = probe.data as { id?: unknown; collection?: unknown };
  return id === 'reference-probe' && typeof collection === 'string' ? collection : null;
}

/** A numeric bound set by `.min()`/`.max()` checks (or `.int()`), read from the checks. */
function checkValues(def: Def, key: string): unknown[] {
  return (def.checks ?? []).map((check) => check._zod.def[key]).filter((v) => v !== undefined);
}

function describeNumber(def: Def): SchemaNode {
  const formats = checkValues(def, 'format');
  const node: SchemaNode = { kind: 'number', integer: formats.includes('safeint') };
  for (const check of def.checks ?? []) {
    const { check: kind, value } = check._zod.def as { check?: string; value?: number };
    if (kind === 'greater_than' && value !== undefined) node.min = value;
    if (kind === 'less_than' && value !== undefined) node.max = value;
  }
  return node;
}

function describeArray(def: Def): SchemaNode {
  const node: SchemaNode = { kind: 'array', item: describe(def.element as AnySchema) };
  const min = (def.checks ?? [])
    .map((check) => check._zod.def as { check?: string; minimum?: number })
    .find((check) => check.check === 'min_length')?.minimum;
  if (min !== undefined) node.min = min;
  return node;
}

/** Describes one schema node. Wrappers (optional, default, refine, pipe) are seen through. */
export function describe(schema: AnySchema): SchemaNode {
  if (schema === isoDateSchema) return { kind: 'date' };
  const collection = referenceTarget(schema);
  if (collection !== null) return { kind: 'reference', collection };
  const def = defOf(schema);
  switch (def.type) {
    case 'string': {
      const regex = checkValues(def, 'pattern')[0];
      if (!(regex instanceof RegExp)) return { kind: 'string' };
      // The schema's own message for a value that breaks the pattern, word for word.
      const message = schema.safeParse(' ').error?.issues[0]?.message ?? '';
      return { kind: 'string', pattern: { regex, message } };
    }
    case 'number':
      return describeNumber(def);
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'enum', values: Object.values(def.entries ?? {}) };
    case 'array':
      return describeArray(def);
    case 'object':
      return { kind: 'object', fields: describeFields(schema) };
    case 'record':
      return { kind: 'record', value: describe(def.valueType as AnySchema) };
    case 'union':
      return { kind: 'scalar' };
    case 'optional':
    case 'default':
      return describe(def.innerType as AnySchema);
    case 'pipe':
      return describe(def.in as AnySchema);
    default:
      throw new Error(`CMS-konfigurationen kender ikke zod-typen «${def.type}»`);
  }
}

/** Unwraps optional/default to learn whether a field may be left out, and its default. */
function presence(schema: AnySchema): Pick<FieldNode, 'required' | 'defaultValue'> {
  const def = defOf(schema);
  if (def.type === 'optional') return { required: false };
  if (def.type === 'default') return { required: false, defaultValue: def.defaultValue };
  return { required: true };
}

/** The fields of an object schema (also one wrapped in refine/superRefine), in order. */
export function describeFields(schema: AnySchema): FieldNode[] {
  const def = defOf(schema);
  if (def.type === 'pipe') return describeFields(def.in as AnySchema);
  if (def.type !== 'object' || !def.shape) {
    throw new Error(`forventede et objekt-skema, fik «${def.type}»`);
  }
  return Object.entries(def.shape).map(([name, field]) => ({
    name,
    node: describe(field),
    ...presence(field),
  }));
}
