/**
 * Version of the built-in catalogue (rights, kinds, controls, categories). Bump it whenever any
 * of them changes, so a gap report says which catalogue produced it.
 */
export const CATALOGUE_VERSION = '2026.11-1';
