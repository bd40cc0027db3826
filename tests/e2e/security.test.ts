import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, signIn, useBrowser } from './browser.ts';

const browser = useBrowser();

/** A request with a Host header of our choosing (fetch does not let a caller forge Host). */
function forged(
	path: string,
	host: string,
	options: { method?: string; body?: string; headers?: Record<string, string> } = {}
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
	const url = new URL(path, baseUrl);
	return new Promise((resolve, reject) => {
		const req = httpRequest(
			{
				host: url.hostname,
				port: url.port,
				path: url.pathname + url.search,
				method: options.method ?? 'GET',
				headers: { host, ...options.headers }
			},
			(res) => {
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (chunk) => (body += chunk));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
			}
		);
		req.on('error', reject);
		req.end(options.body);
	});
}

const PUBLIC_NETWORK = 'regionala-digitaliseringsradet';

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

	it('puts our own address, never a forged Host, into a password-reset e-mail (issue 9)', async () => {
		const posted = await forged('/glomt-losenord', 'evil.example', {
			method: 'POST',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				'sec-fetch-site': 'same-origin'
			},
			body: 'email=ledamot%40samverka.example'
		});
		expect(posted.status).toBeLessThan(500);
		const admin = await browser.page();
		await signIn(admin, 'admin@samverka.example');
		await admin.goto(`/admin/utkorg?till=${encodeURIComponent('ledamot@samverka.example')}`);
		await admin
			.getByRole('link', { name: /lösenord/i })
			.first()
			.click();
		const links = await admin
			.locator('article a[href^="http"]')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links.length).toBeGreaterThan(0);
		for (const link of links) {
			expect(link).not.toContain('evil.example');
			expect(link!.startsWith(`${baseUrl}/`)).toBe(true);
		}
	});

	it('builds feeds and exports with our address whatever Host was sent first (issue 9)', async () => {
		const feed = `/kalender/natverk/${PUBLIC_NETWORK}.ics`;
		const first = await forged(feed, 'evil.example');
		const second = await fetch(`${baseUrl}${feed}`);
		const body = await second.text();
		expect(first.body).not.toContain('evil.example');
		expect(body).not.toContain('evil.example');
		expect(first.headers.etag).toBe(second.headers.get('etag'));
	});

	it("keeps the network's online meeting link out of public feeds and public page data (issue 9)", async () => {
		const feed = await (await fetch(`${baseUrl}/kalender/natverk/${PUBLIC_NETWORK}.ics`)).text();
		expect(feed).toContain('BEGIN:VEVENT');
		expect(feed).not.toContain('teams.microsoft.com');
		const page = await (await fetch(`${baseUrl}/natverk/${PUBLIC_NETWORK}`)).text();
		expect(page).not.toContain('teams.microsoft.com');
		const data = await (await fetch(`${baseUrl}/natverk/${PUBLIC_NETWORK}/__data.json`)).text();
		expect(data).not.toContain('teams.microsoft.com');
	});

	it('answers 4xx, never 500, to a language switch with a JSON body or none (issue 9)', async () => {
		for (const headers of [{ 'content-type': 'application/json' }, {} as Record<string, string>]) {
			const response = await fetch(`${baseUrl}/sprak`, {
				method: 'POST',
				headers: { ...headers, 'sec-fetch-site': 'same-origin' },
				body: headers['content-type'] ? '{"locale":"en"}' : undefined,
				redirect: 'manual'
			});
			expect(response.status).toBeGreaterThanOrEqual(400);
			expect(response.status).toBeLessThan(500);
		}
	});

	it('does not sign anyone out from another site, even without a Content-Type (issue 9)', async () => {
		const response = await fetch(`${baseUrl}/logga-ut`, {
			method: 'POST',
			headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
			redirect: 'manual'
		});
		expect(response.status).toBe(403);
	});

	it('never follows a next target with a tab or newline off the site (issue 9)', async () => {
		const page = await browser.page();
		await page.goto(`/logga-in?next=${encodeURIComponent('/\t/evil.example')}`);
		await page.getByLabel('E-postadress').fill('ledamot@samverka.example');
		await page.getByLabel('Lösenord', { exact: true }).fill('samverka-demo');
		await page.getByRole('button', { name: 'Logga in' }).click();
		await page.waitForURL((url) => url.pathname === '/');
		expect(new URL(page.url()).host).toBe(new URL(baseUrl).host);
	});
});
