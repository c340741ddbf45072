// ESLint for TypeScript, JavaScript and Astro files. Type-aware rules use the project's own
// tsconfig (strict); formatting is Prettier's job, so no stylistic rules here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      '.tmp/',
      'node_modules/',
      'coverage/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // With `noUncheckedIndexedAccess`, `list[0]` on a list the schemas guarantee non-empty
      // (`.min(1)`) needs `!`; a guard that can never fail would only be dead code.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Unused code is an error; a leading underscore marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
);
