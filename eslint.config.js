import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			'svelte/no-at-html-tags': 'error'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			// Internal links are `localize(resolve(…))` (src/lib/i18n): the page's language prefix
			// goes on top of the base path. Links are checked here instead of by
			// no-navigation-without-resolve, which only accepts a bare resolve().
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true }],
			'no-restricted-syntax': [
				'error',
				{
					selector:
						"SvelteAttribute[key.name='href'] > SvelteMustacheTag > CallExpression[callee.name='resolve']",
					message: 'Internal links keep the page language: href={localize(resolve(…))}.'
				},
				{
					selector: "SvelteAttribute[key.name='href'] > SvelteLiteral[value=/^\\//]",
					message: 'Internal links keep the page language: href={localize(resolve(…))}.'
				}
			]
		}
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'static/',
			'bench/out/',
			'.cache/',
			'test-results/'
		]
	}
);
