/**
 * Find the schema behind a config key, so an error can say what that key
 * expects (its `.describe()` text) and which sibling keys exist (for "did you
 * mean"). Zod wraps schemas in default/optional/pipe layers: look through them.
 */
import type { z } from 'zod';

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly out?: z.ZodType;
  readonly in?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly valueType?: z.ZodType;
  readonly element?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema and every layer it wraps, outermost first. */
export function layersOf(schema: z.ZodType): z.ZodType[] {
  const layers: z.ZodType[] = [];
  let current: z.ZodType | undefined = schema;
  while (current && layers.length < 20) {
    layers.push(current);
    const def = defOf(current);
    // A preprocess pipe's `in` is a transform; the schema that validates is `out`.
    current =
      def.innerType ??
      (def.type === 'pipe' ? (defOf(def.out!).type === 'transform' ? def.in : def.out) : undefined);
  }
  return layers;
}

function childOf(schema: z.ZodType, key: PropertyKey): z.ZodType | undefined {
  for (const layer of layersOf(schema)) {
    const def = defOf(layer);
    if (def.type === 'object') return def.shape?.[String(key)];
    if (def.type === 'record') return def.valueType;
    if (def.type === 'array') return def.element;
  }
  return undefined;
}

/** The schema at a path, or undefined when the path leaves the schema. */
export function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = root;
  for (const key of path) {
    if (!current) return undefined;
    current = childOf(current, key);
  }
  return current;
}

/** What the key at `path` expects, from the nearest `.describe()` on its layers. */
export function describeAt(root: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  const schema = schemaAt(root, path);
  if (!schema) return undefined;
  for (const layer of layersOf(schema)) if (layer.description) return layer.description;
  const keys = knownKeysAt(root, path);
  return keys ? `a mapping with keys ${keys.join(', ')}` : undefined;
}

/** The keys an object schema at `path` accepts, or undefined when it is not an object. */
export function knownKeysAt(root: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  const schema = schemaAt(root, path);
  if (!schema) return undefined;
  for (const layer of layersOf(schema)) {
    const def = defOf(layer);
    if (def.type === 'object') return Object.keys(def.shape ?? {});
    if (def.type === 'record' || def.type === 'array') return undefined;
  }
  return undefined;
}
