import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, signIn, useBrowser } from './browser.ts';

const browser = useBrowser();

/** Reads the newest message to `to` in the admin's Utkorg and returns the first link in it. */
async function linkFromOutbox(page: Page, to: string, subject: RegExp): Promise<string> {
	await page.goto(`/admin/utkorg?till=${encodeURIComponent(to)}`);
	await expectAccessible(page);
	await page.getByRole('link', { name: subject }).first().click();
	await expect.poll(() => page.locator('h1').textContent()).toMatch(subject);
	await expectAccessible(page);
	const href = await page.locator('article a[href^="http"]').first().getAttribute('href');
	expect(href).toBeTruthy();
	return new URL(href!).pathname;
}

describe('signing in and out', () => {
	it('shows a Swedish public start page with public networks and conferences only', async () => {
		const page = await browser.page();
		await page.goto('/');
		await expect(page.locator('html')).toBeDefined();
		expect(await page.getAttribute('html', 'lang')).toBe('sv');
		expect(await page.title()).toContain('Samverka');
		// the heading carries a soft hyphen so the long compound can break on phones
		await expect
			.poll(async () =>
				(await page.getByRole('heading', { level: 1 }).textContent())?.replaceAll('\u00ad', '')
			)
			.toContain('digitaliseringsnätverk');
		expect(await page.getByRole('link', { name: 'Regionala digitaliseringsrådet' }).count()).toBe(1);
		expect(await page.getByRole('link', { name: 'GR:s digitaliseringsnätverk' }).count()).toBe(0);
		expect(
			await page.getByRole('link', { name: /Digitalisering i människans tjänst/ }).count()
		).toBeGreaterThan(0);
		await expectAccessible(page);
	});

	it('signs the chair in to a personal start page and out again', async () => {
		const page = await browser.page();
		await page.goto('/logga-in');
		await expectAccessible(page);
		await signIn(page, 'ordforande@samverka.example');
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Hej Karin Wallin!');
		expect(await page.getByRole('heading', { name: 'Dina kommande möten' }).count()).toBe(1);
		expect(await page.getByRole('link', { name: 'GR:s digitaliseringsnätverk' }).count()).toBeGreaterThan(0);
		await expectAccessible(page);

		await page.getByRole('button', { name: 'Logga ut' }).click();
		await expect.poll(() => page.getByRole('status').textContent()).toContain('Du är utloggad');
		expect(await page.getByRole('link', { name: 'Logga in' }).count()).toBeGreaterThan(0);
	});

	it('says so when the password is wrong and keeps the e-mail address', async () => {
		const page = await browser.page();
		await page.goto('/logga-in');
		await page.getByLabel('E-postadress').fill('ledamot@samverka.example');
		await page.getByLabel('Lösenord', { exact: true }).fill('fel-lösenord');
		await page.getByRole('button', { name: 'Logga in' }).click();
		await expect
			.poll(() => page.getByRole('alert').textContent())
			.toContain('Fel e-postadress eller lösenord');
		expect(await page.getByLabel('E-postadress').inputValue()).toBe('ledamot@samverka.example');
		await expectAccessible(page);
	});

	it('names the fields that are missing', async () => {
		const page = await browser.page();
		await page.goto('/logga-in');
		await page.getByRole('button', { name: 'Logga in' }).click();
		await expect.poll(() => page.locator('#f-email-error').textContent()).toContain('Ange din e-postadress.');
		expect(await page.locator('#f-password-error').textContent()).toContain('Ange ditt lösenord.');
		expect(await page.getByLabel('E-postadress').getAttribute('aria-invalid')).toBe('true');
	});

	it('refuses further attempts after repeated failures, even with the right password', async () => {
		// an account of its own: a throttled demo account would lock other test files out for 15 minutes
		const admin = await browser.page();
		await signIn(admin, 'admin@samverka.example');
		await admin.goto('/admin/anvandare');
		await admin.getByLabel('Namn').fill('Tindra Spärr');
		await admin.getByLabel('E-postadress').fill('tindra.sparr@samverka.example');
		await admin.getByRole('button', { name: 'Skicka inbjudan' }).click();
		await expect.poll(() => admin.getByRole('status').textContent()).toContain('Inbjudan är skickad');
		const invitation = await linkFromOutbox(admin, 'tindra.sparr@samverka.example', /Inbjudan till Samverka/);
		const page = await browser.page();
		await page.goto(invitation);
		await page.getByLabel('Nytt lösenord').fill('samverka-demo');
		await page.getByLabel('Upprepa lösenordet').fill('samverka-demo');
		await page.getByRole('button', { name: 'Skapa mitt konto' }).click();
		await page.waitForURL((url) => url.pathname === '/');
		await page.getByRole('button', { name: 'Logga ut' }).click();
		await page.waitForURL((url) => url.pathname === '/');

		await page.goto('/logga-in');
		for (let attempt = 0; attempt < 5; attempt++) {
			await page.getByLabel('E-postadress').fill('tindra.sparr@samverka.example');
			await page.getByLabel('Lösenord', { exact: true }).fill(`gissning-${attempt}`);
			const failed = page.waitForResponse((r) => r.request().method() === 'POST');
			await page.getByRole('button', { name: 'Logga in' }).click();
			expect((await failed).status()).toBe(400);
			await expect
				.poll(() => page.getByRole('alert').textContent())
				.toContain('Fel e-postadress eller lösenord');
		}
		await page.getByLabel('Lösenord', { exact: true }).fill('samverka-demo');
		const response = page.waitForResponse((r) => r.request().method() === 'POST');
		await page.getByRole('button', { name: 'Logga in' }).click();
		expect((await response).status()).toBe(429);
		await expect
			.poll(() => page.getByRole('alert').textContent())
			.toMatch(/För många försök\. Försök igen om 1[45] minuter\./);
		expect(new URL(page.url()).pathname).toBe('/logga-in');
		await expectAccessible(page);
	});

	it('switches the interface to English and back', async () => {
		const page = await browser.page();
		await page.goto('/natverk');
		await page.getByRole('button', { name: 'English' }).click();
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Networks');
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.getByRole('link', { name: 'Sign in' }).count()).toBe(1);
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Svenska' }).click();
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Nätverk');
	});
});

describe('access', () => {
	it('answers 404 in Swedish for a private network to outsiders, and shows it to members', async () => {
		const page = await browser.page();
		const response = await page.goto('/natverk/gr-digitaliseringsnatverk');
		expect(response?.status()).toBe(404);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sidan finns inte');
		await expectAccessible(page);

		await signIn(page, 'ledamot@samverka.example');
		const inside = await page.goto('/natverk/gr-digitaliseringsnatverk');
		expect(inside?.status()).toBe(200);
		expect(await page.getByRole('heading', { name: 'Ledamöter per organisation' }).count()).toBe(1);
		await expectAccessible(page);
	});

	it('sends visitors to sign in and refuses administration to non-administrators', async () => {
		const page = await browser.page();
		await page.goto('/admin/utkorg');
		expect(new URL(page.url()).pathname).toBe('/logga-in');
		await signIn(page, 'ledamot@samverka.example');
		const response = await page.goto('/admin/utkorg');
		expect(response?.status()).toBe(403);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Du har inte behörighet');
		await expectAccessible(page);
	});
});

describe('invitations and passwords through the outbox', () => {
	it('lets an administrator invite a person who then chooses a password, resets it and changes it', async () => {
		const admin = await browser.page();
		await signIn(admin, 'admin@samverka.example');
		await admin.goto('/admin/anvandare');
		await expectAccessible(admin);
		await admin.getByLabel('Namn').fill('Vera Ny');
		await admin.getByLabel('E-postadress').fill('vera.ny@samverka.example');
		await admin.getByRole('button', { name: 'Skicka inbjudan' }).click();
		await expect
			.poll(() => admin.getByRole('status').textContent())
			.toContain('Inbjudan är skickad till vera.ny@samverka.example');

		const invitation = await linkFromOutbox(admin, 'vera.ny@samverka.example', /Inbjudan till Samverka/);
		const vera = await browser.page();
		await vera.goto(invitation);
		await expectAccessible(vera);
		await vera.getByLabel('Nytt lösenord').fill('kort');
		await vera.getByLabel('Upprepa lösenordet').fill('kort');
		await vera.getByRole('button', { name: 'Skapa mitt konto' }).click();
		await expect.poll(() => vera.locator('#f-password-error').textContent()).toContain('minst 10 tecken');
		await vera.getByLabel('Nytt lösenord').fill('ett långt lösenord');
		await vera.getByLabel('Upprepa lösenordet').fill('ett långt lösenord');
		await vera.getByRole('button', { name: 'Skapa mitt konto' }).click();
		await expect.poll(() => vera.getByRole('heading', { level: 1 }).textContent()).toBe('Hej Vera Ny!');
		await vera.getByRole('button', { name: 'Logga ut' }).click();

		// the same invitation link works once
		await vera.goto(invitation);
		expect(await vera.getByRole('alert').textContent()).toContain('Inbjudan är ogiltig');

		await vera.goto('/logga-in');
		await vera.getByRole('link', { name: 'Glömt lösenordet?' }).click();
		await expectAccessible(vera);
		await vera.getByLabel('E-postadress').fill('vera.ny@samverka.example');
		await vera.getByRole('button', { name: 'Skicka länk' }).click();
		await expect.poll(() => vera.getByRole('status').textContent()).toContain('har vi skickat en länk');

		const reset = await linkFromOutbox(admin, 'vera.ny@samverka.example', /Återställ ditt lösenord/);
		await vera.goto(reset);
		await expectAccessible(vera);
		await vera.getByLabel('Nytt lösenord').fill('ett annat långt lösenord');
		await vera.getByLabel('Upprepa lösenordet').fill('ett annat långt lösenord');
		await vera.getByRole('button', { name: 'Spara nytt lösenord' }).click();
		await expect.poll(() => vera.getByRole('status').textContent()).toContain('Ditt lösenord är bytt');
		await signIn(vera, 'vera.ny@samverka.example', 'ett annat långt lösenord');
		expect(await vera.getByRole('heading', { level: 1 }).textContent()).toBe('Hej Vera Ny!');

		await vera.goto(reset);
		expect(await vera.getByRole('alert').textContent()).toContain('Länken är ogiltig');

		await vera.goto('/profil');
		await expectAccessible(vera);
		await vera.getByLabel('Nuvarande lösenord').fill('ett annat långt lösenord');
		await vera.getByLabel('Nytt lösenord').fill('ett tredje långt lösenord');
		await vera.getByLabel('Upprepa lösenordet').fill('ett tredje långt lösenord');
		await vera.getByRole('button', { name: 'Byt lösenord' }).click();
		await expect.poll(() => vera.getByRole('status').textContent()).toContain('Lösenordet är bytt');
		// this browser stays signed in with its new session
		await vera.goto('/');
		expect(await vera.getByRole('heading', { level: 1 }).textContent()).toBe('Hej Vera Ny!');
	});

	it('lets a chair invite a person to the network', async () => {
		const chair = await browser.page();
		await signIn(chair, 'ordforande@samverka.example');
		await chair.goto('/natverk/gr-digitaliseringsnatverk');
		await chair.getByRole('link', { name: 'Bjud in' }).click();
		await expectAccessible(chair);
		await chair.getByLabel('Namn').fill('Tove Tillfällig');
		await chair.getByLabel('E-postadress').fill('tove@samverka.example');
		await chair.getByLabel('Organisation').selectOption({ label: 'Partille kommun' });
		await chair.getByRole('button', { name: 'Skicka inbjudan' }).click();
		await expect
			.poll(() => chair.getByRole('status').textContent())
			.toContain('Inbjudan är skickad till tove@samverka.example');
		await chair.goto('/natverk/gr-digitaliseringsnatverk');
		expect(await chair.getByText('Tove Tillfällig').count()).toBe(1);
	});
});
