/** examples/index.json: one entry per example, with its size, for the cards on the journey list. */
import type { ExampleSource } from '.';

export interface ExampleIndexEntry {
  id: string;
  file: string;
  name: string;
  nameEn: string;
  summary: { zh: string; en: string };
  sector: string;
  touchpoints: number;
  stages: number;
  channels: number;
}

export function exampleIndex(sources: readonly ExampleSource[]): ExampleIndexEntry[] {
  return sources.map(({ info, build }) => {
    const data = build();
    return {
      id: info.id,
      file: `${info.id}.json`,
      name: info.name,
      nameEn: info.nameEn,
      summary: info.summary,
      sector: info.sector,
      touchpoints: data.touchpoints.length,
      stages: data.stages.length,
      channels: data.channels.length,
    };
  });
}
