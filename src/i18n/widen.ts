/** The shape of a string table with every leaf widened to `string`, so translations must match keys. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
