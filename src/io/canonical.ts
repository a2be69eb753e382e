/**
 * Canonical form of a record for export: keys in the order its zod schema declares them (so the
 * file reads id first, as a person expects), free-form maps sorted by key, undefined fields
 * dropped, unknown fields left out. Equal data always serialises to the same bytes.
 */
import type * as z from 'zod/mini';

type Schema = z.core.$ZodType;

export function canonical(schema: Schema, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  const def = schema._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return canonical((def as z.core.$ZodOptionalDef).innerType, value);
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      const src = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [key, fieldSchema] of Object.entries((def as z.core.$ZodObjectDef).shape)) {
        if (!Object.prototype.hasOwnProperty.call(src, key)) continue;
        const v = src[key];
        if (v !== undefined) out[key] = canonical(fieldSchema, v);
      }
      return out;
    }
    case 'array':
      return Array.isArray(value) ? value.map((v) => canonical((def as z.core.$ZodArrayDef).element, v)) : value;
    case 'record': {
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      const src = value as Record<string, unknown>;
      // A null-prototype object, so a key such as "__proto__" stays a plain key.
      const out: Record<string, unknown> = Object.create(null);
      for (const key of Object.keys(src).sort(compareCodeUnits)) {
        const v = src[key];
        if (v !== undefined) out[key] = canonical((def as z.core.$ZodRecordDef).valueType, v);
      }
      return out;
    }
    default:
      return value;
  }
}

/** Plain code-unit order: the same on every machine and locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
