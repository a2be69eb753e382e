/** 简体中文界面文本，由 ./features 下各功能文件组装；键与 en.ts 完全一致。 */
import * as annotations from './features/annotations';
import * as core from './features/core';
import * as reliability from './features/reliability';
import * as gaps from './features/gaps';
import * as io from './features/io';
import * as collab from './features/collab';
import * as onboarding from './features/onboarding';
import type { Resources } from './en';

export const zhCN: Resources = {
  ...core.zh,
  ...reliability.zh,
  ...annotations.zh,
  ...gaps.zh,
  ...io.zh,
  ...collab.zh,
  ...onboarding.zh,
};
