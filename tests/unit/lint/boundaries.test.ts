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

  it('keeps validators off the start-up path: a value from domain/schema in store is reported, a type is not', async () => {
    const [value] = await eslint.lintText("import { touchpointSchema } from '../domain/schema';\nexport const x = touchpointSchema;\n", { filePath: 'src/store/zz-probe.ts' });
    expect(value.messages.map((m) => m.ruleId)).toContain('@typescript-eslint/no-restricted-imports');
    const [zod] = await eslint.lintText("import * as z from 'zod/mini';\nexport const x = z.string();\n", { filePath: 'src/canvas/zz-probe.ts' });
    expect(zod.messages.map((m) => m.ruleId)).toContain('@typescript-eslint/no-restricted-imports');
    const [type] = await eslint.lintText("import type { Touchpoint } from '../domain/schema';\nexport type X = Touchpoint;\n", { filePath: 'src/store/zz-probe.ts' });
    expect(type.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')).toEqual([]);
  });
});
