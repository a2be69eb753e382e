import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Proves the folder-boundary rule fires: a forbidden import in each guarded folder is reported.
describe('dependency boundaries', () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const cases: [string, string][] = [
    ['src/domain/zz-probe.ts', "import { LOCAL } from '../store/ydoc';\nexport const x = LOCAL;\n"],
    ['src/store/zz-probe.ts', "import { openDatabase } from '../db/database';\nexport const x = openDatabase;\n"],
    ['src/io/zz-probe.ts', "import { LOCAL } from '../store/ydoc';\nexport const x = LOCAL;\n"],
    ['src/canvas/zz-probe.ts', "import { openDatabase } from '../db/database';\nexport const x = openDatabase;\n"],
  ];
  for (const [file, code] of cases) {
    it(`reports a forbidden import in ${file}`, async () => {
      const [result] = await eslint.lintText(code, { filePath: file });
      expect(result.messages.map((m) => m.ruleId)).toContain('import-x/no-restricted-paths');
    });
  }
  it('allows an import that follows the arrows', async () => {
    const [result] = await eslint.lintText("import { LAYOUT } from '../domain/layout';\nexport const x = LAYOUT;\n", { filePath: 'src/store/zz-probe.ts' });
    expect(result.messages.filter((m) => m.ruleId === 'import-x/no-restricted-paths')).toEqual([]);
  });
});
