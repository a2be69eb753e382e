import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// User text is rendered as text: the lint forbids the two ways markup could be injected.
describe('no HTML from user text', () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  it('reports dangerouslySetInnerHTML in JSX', async () => {
    const code = "export const X = ({ t }: { t: string }) => <div dangerouslySetInnerHTML={{ __html: t }} />;\n";
    const [r] = await eslint.lintText(code, { filePath: 'src/panels/zz-probe.tsx' });
    expect(r.messages.map((m) => m.ruleId)).toContain('no-restricted-syntax');
  });
  it('reports assigning innerHTML', async () => {
    const [r] = await eslint.lintText("export function f(el: HTMLElement, t: string) { el.innerHTML = t; }\n", { filePath: 'src/canvas/zz-probe.ts' });
    expect(r.messages.map((m) => m.ruleId)).toContain('no-restricted-syntax');
  });
  it('allows text children', async () => {
    const [r] = await eslint.lintText("export const X = ({ t }: { t: string }) => <div>{t}</div>;\n", { filePath: 'src/panels/zz-probe.tsx' });
    expect(r.messages.filter((m) => m.ruleId === 'no-restricted-syntax')).toEqual([]);
  });
});
