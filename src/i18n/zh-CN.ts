/** 简体中文界面文本，由 ./features 下各功能文件组装；键与 en.ts 完全一致。 */
import * as annotations from './features/annotations.zh';
import * as core from './features/core.zh';
import * as reliability from './features/reliability.zh';
import * as gaps from './features/gaps.zh';
import * as io from './features/io.zh';
import * as collab from './features/collab.zh';
import * as onboarding from './features/onboarding.zh';
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
