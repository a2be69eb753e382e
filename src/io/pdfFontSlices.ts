/**
 * Which of @fontsource/noto-sans-sc's numbered Unicode-range slices the service worker
 * precaches, so a PDF made offline has every character Touchmap itself writes: the symbols of
 * the renderer (▲ ▼ ▶ ⚠ ✓ → ≥ ≈), the catalogue and the registers that the Simplified-Chinese
 * file lacks. The other ~90 slices (rare CJK characters) are cached when a PDF first needs them.
 * A unit test recomputes this list from the font files and the texts.
 */
export const PRECACHED_FONT_SLICES: readonly string[] = ['87', '88', '89', '90', '91', '101', '102', '105', '109'];

/** A numbered slice file of the build (`noto-sans-sc-<n>-<weight>-normal-<hash>.woff`): its n. */
export function numberedFontSlice(file: string): string | null {
  return /noto-sans-sc-(\d+)-\d+-normal[-.]/.exec(file)?.[1] ?? null;
}
