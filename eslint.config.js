/**
 * Lint rules that `npm test` enforces (see scripts/run-tests.mjs):
 * typescript-eslint's recommended rules, Lit's template rules, no import
 * cycles (the data flows one way: adapters → contract → loader → elements),
 * classes in one member order (fields, constructor, methods), and a warning when a module grows past the size where it should be split.
 * Formatting is Prettier's job (`.prettierrc.json`), not ESLint's.
 */
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'demo-data/',
      'storybook-static/',
      'storybook-data/',
      '.test-results/',
      '.cache/',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // About 350 lines is a sign that a module holds more than one job (components/README.md).
      'max-lines': ['warn', { max: 350, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // A class reads top down as components/README.md orders it: static members, fields (properties, state), constructor, then methods.
      '@typescript-eslint/member-ordering': ['error', { default: 'never', classes: ['static-field', 'field', 'constructor', 'method'] }],
      // Comma-sequenced assignments are used on purpose in a few hot loops.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
    },
  },
  { files: ['components/**/*.ts', 'src/**/*.ts', 'stories/**/*.ts'], ...lit.configs['flat/recommended'] },
  {
    // Tests and benchmarks are long lists of cases by nature.
    files: ['**/*.test.ts', 'bench/**', 'scripts/**', 'test/**'],
    rules: { 'max-lines': 'off' },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
