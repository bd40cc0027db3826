/** Debian's Chromium driven by Playwright, and an axe scan for WCAG 2.1 A/AA on every page. */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

export const baseUrl = inject('baseUrl');
export const DEMO_PASSWORD = 'samverka-demo';

const ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** One browser per test file; each test gets a fresh context (no shared cookies). */
export function useBrowser() {
	let browser: Browser;
	const contexts: BrowserContext[] = [];
	beforeAll(async () => {
		browser = await chromium.launch({
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ARGS
		});
	});
	afterAll(async () => {
		await browser?.close();
	});
	return {
		async page(options: { viewport?: { width: number; height: number } } = {}): Promise<Page> {
			const context = await browser.newContext({
				baseURL: baseUrl,
				locale: 'sv-SE',
				viewport: options.viewport
			});
			contexts.push(context);
			return context.newPage();
		}
	};
}

/** Fails the test with the list of violations, so a reader sees what to fix. */
export async function expectAccessible(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	const violations = results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(violations, `axe på ${page.url()}`).toEqual([]);
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
	await page.goto('/logga-in');
	await page.getByLabel('E-postadress').fill(email);
	await page.getByLabel('Lösenord', { exact: true }).fill(password);
	const response = page.waitForResponse((r) => r.request().method() === 'POST');
	await page.getByRole('button', { name: 'Logga in' }).click();
	const answer = await response;
	if (answer.status() >= 400) {
		throw new Error(
			`Inloggningen som ${email} misslyckades (${answer.status()}): ${(await answer.text()).slice(0, 500)}`
		);
	}
	await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
}
