// Lint, including the folder boundaries of the design (dependency arrows point down only).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const zone = (target, from, message) => ({ target, from, message });
const app = (dir) => `./src/${dir}`;

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'dist-server', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // User text (titles, notes, imported files) is rendered as text, never as HTML.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text as React children; dangerouslySetInnerHTML would run markup from user data.',
        },
        {
          selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
          message: 'Assigning innerHTML/outerHTML would run markup from user data: build DOM nodes or use textContent.',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone(app('domain'), ['./src/app', './src/panels', './src/canvas', './src/store', './src/db', './src/io', './src/i18n', './src/ui', './src/cli', './src/server'], 'domain imports nothing of the app'),
            zone(app('i18n'), ['./src/app', './src/panels', './src/canvas', './src/store', './src/db', './src/io', './src/domain', './src/ui', './src/cli', './src/server'], 'i18n imports nothing of the app'),
            zone(app('ui'), ['./src/app', './src/panels', './src/canvas', './src/store', './src/db', './src/io', './src/domain', './src/cli', './src/server'], 'ui holds generic widgets: it imports nothing of the app but i18n'),
            zone(app('store'), ['./src/app', './src/panels', './src/canvas', './src/db', './src/io', './src/i18n', './src/ui', './src/cli', './src/server'], 'store imports domain only'),
            zone(app('db'), ['./src/app', './src/panels', './src/canvas', './src/store', './src/io', './src/i18n', './src/ui', './src/cli', './src/server'], 'db imports domain only'),
            zone(app('io'), ['./src/app', './src/panels', './src/canvas', './src/store', './src/db', './src/i18n', './src/ui', './src/cli', './src/server'], 'io imports domain only'),
            zone(app('canvas'), ['./src/app', './src/panels', './src/db', './src/io', './src/cli', './src/server'], 'canvas imports store, domain, i18n'),
            zone(app('panels'), ['./src/app', './src/cli', './src/server'], 'panels import store, domain, i18n, io, db'),
            zone(app('cli'), ['./src/app', './src/panels', './src/canvas', './src/store', './src/db', './src/i18n', './src/ui', './src/server'], 'cli imports domain and io only'),
            zone(app('server'), ['./src/app', './src/panels', './src/canvas', './src/store', './src/db', './src/i18n', './src/ui', './src/cli'], 'server imports domain and io only'),
          ],
        },
      ],
    },
  },
  {
    // The editor's start-up path carries no validators: zod schemas load with import, paste
    // and typed settings (docs/performance.md, "Initial JS"). Types from schema.ts are free.
    files: ['src/store/**/*.ts', 'src/canvas/**/*.{ts,tsx}', 'src/domain/**/*.ts'],
    ignores: ['src/store/clipboardParse.ts', 'src/domain/schema.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/schema', 'zod', 'zod/*'],
              allowTypeImports: true,
              message: 'Start-up code imports values from domain/model.ts; validators load on demand (see clipboardParse.ts).',
            },
          ],
        },
      ],
    },
  },
);
