// Lint rules for the whole project. The import-direction rules mirror the layers in README
// ("Architecture"): app → features → (ui, sync, db, i18n, pwa) → domain. A wrong import fails lint.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Forbid importing the given layers (folders under src/) from a layer. */
const forbid = (layers, why) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: layers.map((layer) => ({
        group: [`**/${layer}`, `**/${layer}/*`, `**/${layer}/**`],
        message: why,
      })),
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', '.tmp/**', 'node_modules/**', 'server/data/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: forbid(
      ['app', 'features', 'ui', 'sync', 'db', 'i18n', 'pwa', 'dexie', 'react', 'i18next'],
      'domain/ is pure: it imports nothing from the app, React, Dexie or i18next.',
    ),
  },
  {
    files: ['src/ui/**'],
    rules: forbid(
      ['app', 'features', 'sync', 'db', 'pwa', 'dexie'],
      'ui/ holds presentational components; it knows no store, sync or feature.',
    ),
  },
  {
    files: ['src/db/**', 'src/i18n/**', 'src/pwa/**'],
    rules: forbid(['app', 'features', 'ui', 'sync'], 'Shared layers must not import upwards.'),
  },
  {
    files: ['src/sync/**'],
    rules: forbid(
      ['app', 'features', 'ui', 'dexie'],
      'sync/ must not import UI, features or Dexie.',
    ),
  },
  {
    files: ['src/features/**'],
    rules: forbid(['app', 'dexie'], 'features/ must not import the app shell or Dexie (use db/).'),
  },
  {
    files: ['src/app/**', 'src/main.tsx'],
    rules: forbid(['dexie'], 'Only src/db imports Dexie; use a repository.'),
  },
);
