/**
 * PNG from the map's SVG, in the browser: the SVG is drawn through an <img> (blob: URL, allowed
 * by the CSP's img-src) onto a canvas at 2×. Browsers refuse canvases past ~16k px a side or
 * ~268M px in all and then draw nothing, so the scale is capped first and halved again if the
 * canvas still comes back empty: a very large map gets a smaller PNG, never a blank one.
 */
const MAX_SIDE = 16_384;
const MAX_AREA = 120_000_000;

export interface Raster {
  blob: Blob;
  width: number;
  height: number;
  /** Below the wanted scale because the map is too large. */
  capped: boolean;
}

async function loadImage(url: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.decoding = 'async';
  img.src = url;
  await img.decode();
  return img;
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

/** A canvas that failed silently reads back fully transparent: check a few points. */
function looksDrawn(ctx: CanvasRenderingContext2D, w: number, h: number): boolean {
  for (const [x, y] of [[1, 1], [w / 2, h / 2], [w - 2, h - 2]]) {
    if (ctx.getImageData(Math.floor(x), Math.floor(y), 1, 1).data[3] !== 0) return true;
  }
  return false;
}

export async function svgToPng(svg: string, width: number, height: number, wanted = 2): Promise<Raster> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = await loadImage(url);
    let scale = Math.min(wanted, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
    for (let attempt = 0; attempt < 4; attempt++, scale /= 2) {
      const w = Math.max(1, Math.floor(width * scale));
      const h = Math.max(1, Math.floor(height * scale));
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const ctx = canvas.getContext('2d');
      if (!ctx) continue;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, w, h);
      ctx.drawImage(img, 0, 0, w, h);
      if (!looksDrawn(ctx, w, h)) continue;
      const blob = await toBlob(canvas);
      canvas.width = canvas.height = 0; // frees the bitmap now, not at the next collection
      if (blob && blob.size > 0) return { blob, width: w, height: h, capped: scale < wanted - 1e-9 };
    }
    throw new Error('the browser could not draw a picture this large');
  } finally {
    URL.revokeObjectURL(url);
  }
}
