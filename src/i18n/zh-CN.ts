/** 简体中文界面文本，由 ./features 下各功能文件组装；键与 en.ts 完全一致。 */
import * as core from './features/core';
import * as reliability from './features/reliability';
import type { Resources } from './en';

export const zhCN: Resources = {
  ...core.zh,
  ...reliability.zh,
};
