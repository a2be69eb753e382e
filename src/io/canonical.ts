/**
 * Canonical form of a record for export: keys in the order its zod schema declares them (so the
 * file reads id first, as a person expects), free-form maps sorted by key, undefined fields
 * dropped, unknown fields left out. Equal data always serialises to the same bytes.
 */
import { z } from 'zod';

export function canonical(schema: z.ZodType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    return canonical(schema.unwrap() as z.ZodType, value);
  }
  if (schema instanceof z.ZodObject) {
    if (typeof value !== 'object' || Array.isArray(value)) return value;
    const src = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, fieldSchema] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      if (!Object.prototype.hasOwnProperty.call(src, key)) continue;
      const v = src[key];
      if (v !== undefined) out[key] = canonical(fieldSchema, v);
    }
    return out;
  }
  if (schema instanceof z.ZodArray) {
    return Array.isArray(value) ? value.map((v) => canonical(schema.element as z.ZodType, v)) : value;
  }
  if (schema instanceof z.ZodRecord) {
    if (typeof value !== 'object' || Array.isArray(value)) return value;
    const src = value as Record<string, unknown>;
    // A null-prototype object, so a key such as "__proto__" stays a plain key.
    const out: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(src).sort(compareCodeUnits)) {
      const v = src[key];
      if (v !== undefined) out[key] = canonical(schema.valueType as z.ZodType, v);
    }
    return out;
  }
  return value;
}

/** Plain code-unit order: the same on every machine and locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
