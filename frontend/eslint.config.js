import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Features other features may use. Each one is reference data or identity every screen needs
// (who the user is and what they may do, provinces and districts, the fiscal calendar); anything
// else a second feature wants moves here on purpose, or into components/ or lib/.
const SHARED_FEATURES = ['me', 'geo', 'calendar'];

export default defineConfig([
  globalIgnores(['dist', 'node_modules', 'playwright-report', 'test-results', 'src/lib/api/schema.d.ts']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended, reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
    rules: {
      // `const { id, ...rest } = x` is how the code drops fields from an object.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['*.{js,ts}', 'e2e/**/*.ts', 'scripts/**/*.{js,mjs,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.{js,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    // Playwright fixtures take a callback named `use`, which is not a React hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Who may import whom in src/: features do not import each other except the shared ones;
    // components/ and lib/ know nothing of features; app/ composes everything.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.app.json' } },
      'boundaries/elements': [
        { type: 'app', pattern: 'src/app' },
        { type: 'shared-feature', pattern: `src/features/(${SHARED_FEATURES.join('|')})`, capture: ['feature'] },
        { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
        { type: 'components', pattern: 'src/components' },
        { type: 'lib', pattern: 'src/lib' },
        { type: 'config', pattern: 'src/config' },
        { type: 'i18n', pattern: 'src/i18n' },
        { type: 'testing', pattern: 'src/testing' },
      ],
      'boundaries/files': [{ category: 'test', pattern: ['src/**/__tests__/**', 'src/**/testing/**'] }],
    },
    rules: {
      // Imports inside one feature (or one folder) are not checked; only those that cross.
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message: '{{ from.element.type }} may not import {{ to.element.type }} {{ to.element.captured.feature }}',
          policies: [
            { from: { element: { type: 'app' } }, allow: { to: { element: { type: '*' } } } },
            {
              from: { element: { types: { anyOf: ['feature', 'shared-feature'] } } },
              allow: {
                to: { element: { types: { anyOf: ['shared-feature', 'components', 'lib', 'config', 'i18n'] } } },
              },
            },
            {
              from: { element: { types: { anyOf: ['components', 'lib', 'config'] } } },
              allow: { to: { element: { types: { anyOf: ['components', 'lib', 'config', 'i18n'] } } } },
            },
            // Tests and test helpers render the app's providers and build any feature's data.
            { from: { file: { categories: 'test' } }, allow: { to: { element: { types: { anyOf: ['app', 'testing'] } } } } },
            { from: { element: { type: 'testing' } }, allow: { to: { element: { type: '*' } } } },
          ],
        },
      ],
    },
  },
]);
