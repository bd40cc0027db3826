import { describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, signIn, useBrowser } from './browser.ts';

const browser = useBrowser();

describe('calendar subscriptions', () => {
	it('offers the published programme of a conference as a feed, and one session as a download', async () => {
		const page = await browser.page();
		await page.goto('/konferenser');
		await page
			.getByRole('link', { name: /Digitalisering i människans tjänst 2027/ })
			.first()
			.click();
		const address = await page.getByLabel('Kalenderadress').inputValue();
		expect(address).toMatch(/\/kalender\/konferens\/[a-z0-9-]+\.ics$/);
		await expectAccessible(page);
		const feed = await (await fetch(address)).text();
		expect(feed).toContain('BEGIN:VEVENT');
		expect(feed).toMatch(/UID:session-[0-9a-f-]{36}@samverka/);
		await page.locator('a[href*="/pass/"]').first().click();
		const download = await page.getByRole('link', { name: 'Lägg till i kalender' }).getAttribute('href');
		const single = await fetch(`${baseUrl}${download}`);
		expect(single.status).toBe(200);
		expect(await single.text()).toMatch(/BEGIN:VEVENT[\s\S]*END:VEVENT/);
	});

	it('shows the personal feed in the profile, copies it, and a new address retires the old one', async () => {
		const page = await browser.page({ permissions: ['clipboard-read', 'clipboard-write'] });
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
		await signIn(page, 'sekreterare@samverka.example');
		await page.goto('/profil');
		const panel = page.getByRole('region', { name: 'Min kalender' });
		const webcal = await panel.getByRole('link', { name: 'Öppna i kalenderprogrammet' }).getAttribute('href');
		expect(webcal).toMatch(/^webcal:\/\/localhost:\d+\/kalender\/mig\/[a-z2-7]{32}\.ics$/);
		const address = await panel.getByLabel('Kalenderadress').inputValue();
		expect(address).toBe(webcal!.replace('webcal://', 'http://'));

		await panel.getByRole('button', { name: 'Kopiera adressen' }).click();
		await expect.poll(() => panel.getByText('Adressen är kopierad.').count()).toBe(1);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
		await panel.getByText('Så här gör du').click();
		expect(await panel.getByText('Google Kalender').isVisible()).toBe(true);
		await expectAccessible(page);

		const feed = await fetch(address);
		expect(feed.status).toBe(200);
		expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		const text = await feed.text();
		expect(text).toContain('SUMMARY:GR Digit: Möte nr');
		expect(text).toContain('BEGIN:VTIMEZONE');

		await page.getByRole('button', { name: 'Skapa ny adress' }).click();
		await expect.poll(() => page.getByRole('alert').textContent()).toContain('Kryssa i rutan');
		await page.getByLabel('Ja, den gamla adressen ska sluta fungera').check();
		await page.getByRole('button', { name: 'Skapa ny adress' }).click();
		await expect.poll(() => page.getByText('En ny adress är skapad.').count()).toBe(1);
		await expect.poll(() => panel.getByLabel('Kalenderadress').inputValue()).not.toBe(address);
		expect((await fetch(address)).status).toBe(404);
		expect((await fetch(await panel.getByLabel('Kalenderadress').inputValue())).status).toBe(200);
	});

	it("offers a public network's feed to anyone", async () => {
		const page = await browser.page();
		await page.goto('/natverk/regionala-digitaliseringsradet');
		const address = await page.getByLabel('Kalenderadress').inputValue();
		expect(address).toBe(`${baseUrl}/kalender/natverk/regionala-digitaliseringsradet.ics`);
		const response = await fetch(address);
		expect(response.status).toBe(200);
		const again = await fetch(address, { headers: { 'If-None-Match': response.headers.get('etag')! } });
		expect(again.status).toBe(304);
		const head = await fetch(address, { method: 'HEAD' });
		expect(head.status).toBe(200);
		expect(head.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		expect(await head.text()).toBe('');
		await expectAccessible(page);
	});

	it('lets the chair send a kallelse that arrives with the agenda and a calendar invitation', async () => {
		const chair = await browser.page();
		await signIn(chair, 'ordforande@samverka.example');
		await chair.goto('/natverk/gr-digitaliseringsnatverk');
		await chair.getByRole('region', { name: 'Kommande möten' }).getByRole('link').first().click();
		await chair.waitForURL(/\/moten\/\d+$/);
		const number = chair.url().split('/').pop();
		await chair.getByRole('button', { name: /Skicka kallelse/ }).click();
		await expect.poll(() => chair.getByRole('alert').textContent()).toContain('Kryssa i rutan');
		await chair.getByLabel('Ja, skicka kallelsen nu').check();
		await chair.getByRole('button', { name: /Skicka kallelse/ }).click();
		await expect
			.poll(() => chair.getByRole('status').first().textContent())
			.toMatch(/Kallelsen är skickad till \d+ personer/);
		expect(await chair.getByText(/Kallelse skickad .* av Karin Wallin/).count()).toBe(1);
		await expectAccessible(chair);

		const admin = await browser.page();
		await signIn(admin, 'admin@samverka.example');
		await admin.goto('/admin/utkorg?till=ledamot%40samverka.example');
		await admin
			.getByRole('link', { name: new RegExp(`Kallelse: GR Digit möte nr ${number}`) })
			.first()
			.click();
		const body = await admin.locator('article').textContent();
		expect(body).toContain('Dagordning:');
		expect(body).toMatch(/1\. .+ – ca \d\d\.\d\d/);
		expect(body).toContain('METHOD:REQUEST');
		await expectAccessible(admin);
	});
});
