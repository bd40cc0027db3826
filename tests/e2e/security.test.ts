import { describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, useBrowser } from './browser.ts';

const browser = useBrowser();

describe('security and robustness', () => {
	it('sends a Content-Security-Policy and the usual security headers', async () => {
		const response = await fetch(`${baseUrl}/logga-in`);
		expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self' 'nonce-/);
		expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	});

	it('refuses a form posted from another site', async () => {
		const response = await fetch(`${baseUrl}/logga-in`, {
			method: 'POST',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				origin: 'https://evil.example',
				'sec-fetch-site': 'cross-site'
			},
			body: 'email=admin%40samverka.example&password=samverka-demo',
			redirect: 'manual'
		});
		expect(response.status).toBe(403);
		expect(response.headers.get('set-cookie')).toBeNull();
	});

	it('signs in with JavaScript turned off', async () => {
		const page = await browser.page({ javaScriptEnabled: false });
		await page.goto('/logga-in');
		await page.getByLabel('E-postadress').fill('kansli@samverka.example');
		await page.getByLabel('Lösenord', { exact: true }).fill('fel');
		await page.getByRole('button', { name: 'Logga in' }).click();
		expect(await page.getByRole('alert').textContent()).toContain('Fel e-postadress eller lösenord');
		expect(await page.getByLabel('E-postadress').inputValue()).toBe('kansli@samverka.example');
		await page.getByLabel('Lösenord', { exact: true }).fill('samverka-demo');
		await page.getByRole('button', { name: 'Logga in' }).click();
		await page.waitForURL((url) => url.pathname === '/');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Hej Petra Ljungqvist!');
	});

	it('shows a Swedish 404 page for an unknown address', async () => {
		const page = await browser.page();
		const response = await page.goto('/finns-inte');
		expect(response?.status()).toBe(404);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sidan finns inte');
		await expectAccessible(page);
	});

	it('works on a 360 px wide phone screen without sideways scrolling', async () => {
		const page = await browser.page({ viewport: { width: 360, height: 740 } });
		for (const path of ['/', '/logga-in', '/natverk', '/konferenser']) {
			await page.goto(path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
		await expectAccessible(page);
	});
});
