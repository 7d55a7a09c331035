import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...ts.configs.strict,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // noUncheckedIndexedAccess is on: `xs[i]!` after a bounds-checked loop is the honest idiom.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The engine is pure and seeded: no ambient randomness, no DOM.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Take a random stream as an argument.' },
        // Their last bit differs between JavaScript engines: src/engine/math/ieeeMath.ts.
        ...['exp', 'log', 'log1p', 'expm1', 'pow', 'log2', 'log10', 'cbrt', 'sinh', 'cosh', 'tanh']
          .concat(['sin', 'cos', 'tan', 'atan', 'atan2', 'asinh', 'acosh', 'atanh', 'hypot'])
          .map((property) => ({
            object: 'Math',
            property,
            message: 'Engines differ in its last bit: use src/engine/math/ieeeMath.ts.',
          })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "BinaryExpression[operator='**']:not([left.type='Literal'][right.type='Literal']):not([left.type='Literal'][right.type='UnaryExpression'][right.argument.type='Literal'])",
          message: 'x ** y is Math.pow, whose last bit differs between engines: use ieeeMath.pow.',
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
);
