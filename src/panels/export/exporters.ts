/**
 * What each item of the Export menu makes: the pure builders of src/io, plus the browser-only
 * steps (rasterising, PDF fonts). Loaded on first use, so exceljs, jsPDF and the fonts stay out
 * of the initial bundle.
 */
import type { GapAnalysis } from '../../domain/gaps';
import type { JourneyData } from '../../domain/schema';
import { toCsv } from '../../io/csv';
import { fileNameFor } from '../../io/fileName';
import { serialiseJourney } from '../../io/format';
import { buildRegister, gapRegister, registerRows, touchpointRegister } from '../../io/registers';
import { redactForSharing } from '../../io/sharing';
import { renderMapSvg, type Overlay } from '../../io/svg';

export const EXPORT_FORMATS = ['json', 'svg', 'png', 'pdf-a4', 'pdf-a3', 'csv-touchpoints', 'csv-gaps', 'xlsx', 'pack'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportContext {
  data: JourneyData;
  analysis: GapAnalysis | null;
  overlay: Overlay;
  lang: 'zh' | 'en';
  hideComplaints: boolean;
  hideOwners: boolean;
  date: Date;
}

export interface ExportResult {
  fileName: string;
  blob: Blob;
  /** What to tell the person besides "saved" (tiled PDF, reduced PNG). */
  note?: { key: 'doneTiled'; pages: number } | { key: 'pngCapped'; width: number; height: number };
}

const TYPES = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export async function runExport(format: ExportFormat, ctx: ExportContext): Promise<ExportResult> {
  const { data, lang, hideComplaints, hideOwners, date } = ctx;
  const analysis = ctx.analysis ?? undefined;
  const name = (ext: string, suffix = '') => fileNameFor(`${data.meta.name}${suffix}`, ext, date);
  const sharing = { hideComplaints, hideOwners };
  const map = () => renderMapSvg(data, { lang, overlay: ctx.overlay, ...sharing, date, analysis });
  const regOpts = { lang, date, ...sharing, analysis };
  const regSuffix = (kind: 'touchpoint' | 'gap') => (lang === 'zh' ? (kind === 'gap' ? '-缺口登记表' : '-触点登记表') : kind === 'gap' ? '-gaps' : '-touchpoints');

  switch (format) {
    case 'json':
      return { fileName: name('json'), blob: new Blob([serialiseJourney(redactForSharing(data, sharing))], { type: 'application/json' }) };
    case 'svg':
      return { fileName: name('svg'), blob: new Blob([map().svg], { type: 'image/svg+xml' }) };
    case 'png': {
      const { svgToPng } = await import('./rasterise');
      const m = map();
      const png = await svgToPng(m.svg, m.width, m.height, 2);
      return {
        fileName: name('png'),
        blob: png.blob,
        note: png.capped ? { key: 'pngCapped', width: png.width, height: png.height } : undefined,
      };
    }
    case 'pdf-a4':
    case 'pdf-a3': {
      const [{ buildMapPdf }, { pdfFontSources }] = await Promise.all([import('../../io/pdf'), import('./pdfFonts')]);
      const m = map();
      const svg = new DOMParser().parseFromString(m.svg, 'image/svg+xml').documentElement;
      const pdf = await buildMapPdf({
        paper: format === 'pdf-a3' ? 'a3' : 'a4',
        svg,
        width: m.width,
        height: m.height,
        fonts: await pdfFontSources(),
        title: data.meta.name,
        lang,
        breaks: m.breaks,
        frame: m.frame,
      });
      return {
        fileName: name('pdf'),
        blob: new Blob([pdf.bytes as BlobPart], { type: 'application/pdf' }),
        note: pdf.plan.tiled ? { key: 'doneTiled', pages: pdf.plan.tiles.length } : undefined,
      };
    }
    case 'csv-touchpoints':
    case 'csv-gaps': {
      const kind = format === 'csv-gaps' ? 'gap' : 'touchpoint';
      const csv = toCsv(registerRows(buildRegister(kind, data, regOpts)));
      return { fileName: name('csv', regSuffix(kind)), blob: new Blob([csv], { type: TYPES.csv }) };
    }
    case 'xlsx': {
      const { registersToXlsx } = await import('../../io/xlsx');
      const bytes = await registersToXlsx([touchpointRegister(data, regOpts), gapRegister(data, regOpts)], {
        journeyName: data.meta.name,
        lang,
        date,
        ...sharing,
      });
      return { fileName: name('xlsx', lang === 'zh' ? '-登记表' : '-registers'), blob: new Blob([bytes as BlobPart], { type: TYPES.xlsx }) };
    }
    case 'pack': {
      const { buildWorkshopPack } = await import('../../io/workshopPack');
      const html = buildWorkshopPack(data, { lang, overlay: ctx.overlay === 'none' ? 'gaps' : ctx.overlay, date, ...sharing, analysis });
      return { fileName: name('html', lang === 'zh' ? '-工作坊资料包' : '-workshop-pack'), blob: new Blob([html], { type: 'text/html;charset=utf-8' }) };
    }
  }
}
