export { renderMapSvg, NOTE_SIZE, type RenderOptions, type RenderedSvg, type Overlay, type Lang } from './renderMapSvg';
export { escapeXml } from './escape';
export { textWidth, wrapText, ellipsize } from './measure';
export { keyHeight, labelBandWidth, pageBands, renderPrintPage, type MapFrame, type PageBands, type PageView } from './printPage';
