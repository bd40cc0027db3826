/**
 * The conference programme in Chromium against the built server and the demo data: a visitor on a
 * phone filters by track, reads a session and a speaker, keeps "Mitt program" and prints; the
 * schedule exports validate; an organiser builds afternoon sessions with the keyboard only, sees a
 * conflict, fixes it and publishes, and moves a session by drag and drop. Editing happens in an
 * edition of its own made through "Ny upplaga", so the demo edition other tests read stays as it is.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, expectAccessible, signIn, useBrowser } from './browser.ts';
import { c3vocErrors, frabErrors } from '../fixtures/schedule-schemas/validators.ts';

const browser = useBrowser();
const PHONE = { width: 390, height: 844 };
const ORGANISER = 'arrangor@samverka.example';

/** The coming edition ("Anmälan öppen"): its slug depends on today's date (dimt-2027 in late 2026). */
async function currentEditionSlug(): Promise<string> {
	const html = await (await fetch(`${baseUrl}/konferenser`)).text();
	const card = html.split('<li class="card').find((part) => part.includes('Anmälan öppen'));
	const slug = card && /href="\/konferenser\/([a-z0-9-]+)"/.exec(card)?.[1];
	if (!slug) throw new Error('no edition with open registration in the demo data');
	return slug;
}

async function newEdition(page: Page, from: string): Promise<string> {
	const slug = `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
	await page.goto(`/konferenser/${from}/ny-upplaga`);
	await expectAccessible(page);
	const field = page.getByLabel('Adress');
	await field.focus();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type(slug);
	await page.keyboard.press('Enter');
	await page.waitForURL(`**/konferenser/${slug}/program/redigera?kopierad=*`);
	return slug;
}

describe('the public programme', () => {
	it('lets a visitor on a phone filter by track, read a session and a speaker, and keep Mitt program', async () => {
		const slug = await currentEditionSlug();
		const page = await browser.page({ viewport: PHONE });
		await page.goto(`/konferenser/${slug}`);
		expect(await page.getByRole('heading', { name: 'Program', exact: true }).count()).toBe(1);
		expect(await page.getByText(/^Version 2, publicerad/).count()).toBe(1);
		// The change log since the previous version
		expect(await page.getByText('Ändrat i version 2', { exact: false }).count()).toBe(1);
		await expectAccessible(page);

		const filters = page.getByRole('navigation', { name: 'Filtrera på spår' });
		await filters.getByRole('link', { name: 'AI i offentlig sektor' }).click();
		await page.waitForURL(/\?spar=\d+/);
		expect(
			await filters.getByRole('link', { name: 'AI i offentlig sektor' }).getAttribute('aria-current')
		).toBe('page');
		await expect
			.poll(() => page.getByRole('status').first().textContent())
			.toContain('Visar spåret AI i offentlig sektor');
		const titles = await page.locator('li.session h4').allTextContents();
		expect(titles).toContain('Generativ AI i kommunen – var börjar vi?');
		expect(titles).toContain('Lunch');
		expect(titles).not.toContain('Digital kompetens för alla medarbetare');

		// On a phone the programme is a list by time: every session under the one before, full width.
		const boxes = await page
			.locator('li.session')
			.evaluateAll((items) =>
				items
					.map((item) => item.getBoundingClientRect())
					.map((box) => ({ x: box.x, y: box.y, width: box.width }))
			);
		expect(new Set(boxes.map((box) => Math.round(box.x))).size).toBe(1);
		expect(boxes.every((box, index) => index === 0 || box.y > boxes[index - 1]!.y)).toBe(true);
		expect(boxes[0]!.width).toBeGreaterThan(PHONE.width * 0.8);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
		await expectAccessible(page);

		// Mitt program without an account lives in the browser.
		await page
			.getByRole('button', { name: 'Lägg till i Mitt program: Generativ AI i kommunen – var börjar vi?' })
			.click();
		await expect
			.poll(() =>
				page
					.getByRole('button', { name: /Mitt program: Generativ AI i kommunen/ })
					.getAttribute('aria-pressed')
			)
			.toBe('true');

		await page.getByRole('link', { name: 'Generativ AI i kommunen – var börjar vi?' }).click();
		await expect
			.poll(() => page.getByRole('heading', { level: 1 }).textContent())
			.toBe('Generativ AI i kommunen – var börjar vi?');
		expect(await page.getByText('Sal Skaraborg').count()).toBeGreaterThan(0);
		expect(await page.getByText('Hörslinga. Entré i markplan.').count()).toBe(1);
		await expectAccessible(page);

		await page.getByRole('link', { name: 'Cecilia Dahlberg' }).click();
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Cecilia Dahlberg');
		expect(await page.getByRole('link', { name: 'Digital skills in the public sector' }).count()).toBe(1);
		await expectAccessible(page);

		await page.goto(`/konferenser/${slug}/mitt-program`);
		await expect
			.poll(() => page.getByRole('link', { name: 'Generativ AI i kommunen – var börjar vi?' }).count())
			.toBe(1);
		// The joint sessions frame the day; other tracks' sessions do not appear.
		expect(await page.getByRole('link', { name: 'Lunch' }).count()).toBe(1);
		expect(await page.getByRole('link', { name: 'Digital kompetens för alla medarbetare' }).count()).toBe(0);
		await expectAccessible(page);

		await page.goto(`/konferenser/${slug}/skriv-ut`);
		expect(await page.getByRole('table').count()).toBe(1);
		await expectAccessible(page);
	});

	it('filters on the server, so the track links work without JavaScript', async () => {
		const slug = await currentEditionSlug();
		const all = await (await fetch(`${baseUrl}/konferenser/${slug}`)).text();
		const trackId = /href="\?spar=(\d+)#program"[^>]*>\s*<span[^>]*><\/span>AI i offentlig sektor/.exec(
			all
		)?.[1];
		expect(trackId).toBeTruthy();
		const filtered = await (await fetch(`${baseUrl}/konferenser/${slug}?spar=${trackId}`)).text();
		expect(all).toContain('Digital skills in the public sector');
		expect(filtered).not.toContain('Digital skills in the public sector');
		expect(filtered).toContain('Generativ AI i kommunen');
	});

	it('serves schedule.xml and schedule.json that validate against the published schemas', async () => {
		const slug = await currentEditionSlug();
		const xml = await fetch(`${baseUrl}/konferenser/${slug}/schedule.xml`);
		expect(xml.headers.get('content-type')).toBe('application/xml; charset=utf-8');
		const xmlText = await xml.text();
		expect(await frabErrors(xmlText)).toEqual([]);
		expect(xmlText).toContain('<track name="AI i offentlig sektor"');

		const json = await fetch(`${baseUrl}/konferenser/${slug}/schedule.json`);
		const document: unknown = await json.json();
		expect(c3vocErrors(document)).toEqual([]);
		const etag = json.headers.get('etag');
		expect(etag).toMatch(/-v2"$/);
		const again = await fetch(`${baseUrl}/konferenser/${slug}/schedule.json`, {
			headers: { 'if-none-match': etag! }
		});
		expect(again.status).toBe(304);

		const csv = await fetch(`${baseUrl}/konferenser/${slug}/program.csv`, { redirect: 'manual' });
		expect(csv.status).toBe(303);
		expect(csv.headers.get('location')).toMatch(/^\/logga-in\?next=/);
	});
});

describe('the programme editor', () => {
	it('lets an organiser build afternoon sessions with the keyboard only, fix a conflict and publish', async () => {
		const from = await currentEditionSlug();
		const page = await browser.page();
		await signIn(page, ORGANISER);
		const slug = await newEdition(page, from);
		await expect
			.poll(() => page.getByRole('status').first().textContent())
			.toContain('Den nya upplagan är skapad');
		expect(await page.getByRole('heading', { name: 'Inga krockar i programmet.' }).count()).toBe(1);
		await expectAccessible(page);

		// Enter on a slot in the grid opens its form; the placeholder becomes a real session.
		await page.getByRole('button', { name: /^13\.00–14\.00, Spårpass – Digital kompetens,/ }).focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/pass\/\d+$/);
		await expectAccessible(page);
		await page.getByLabel('Rubrik').focus();
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('Digital kompetens i vardagen');
		await page.getByLabel('Beskrivning').focus();
		await page.keyboard.type('Hur chefer och medarbetare lär sig nytt tillsammans.');
		await page.getByText('Lägg till en ny talare').focus();
		await page.keyboard.press('Enter');
		await page.getByLabel('Namn', { exact: true }).focus();
		await page.keyboard.type('Jenny Alm');
		await page.getByRole('button', { name: 'Spara ändringarna' }).focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/program\/redigera\?dag=/);

		// A new session in a room that is taken at that time: the form asks before double-booking.
		await page.getByRole('link', { name: 'Nytt pass' }).focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/pass\/ny/);
		await page.getByLabel('Rubrik').focus();
		await page.keyboard.type('AI-verkstad för kommuner');
		await page.getByLabel('Typ').selectOption({ label: 'Spårpass' });
		await page.getByLabel('Spår', { exact: true }).selectOption({ label: 'AI i offentlig sektor' });
		await page.getByLabel('Sal', { exact: true }).selectOption({ label: 'Sal Dalsland (80 platser)' });
		await page.getByLabel('Starttid').fill('13:00');
		await page.getByLabel('Sluttid').fill('14:00');
		await page.getByRole('button', { name: 'Lägg till passet' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.getByText('Passet ger nya krockar i programmet:').count()).toBe(1);
		expect(
			await page
				.getByText(
					'Sal Dalsland är dubbelbokad 13.00–14.00: ”AI-verkstad för kommuner” och ”Digital kompetens i vardagen”.'
				)
				.count()
		).toBe(1);
		expect(await page.getByLabel('Rubrik').inputValue()).toBe('AI-verkstad för kommuner');
		await expectAccessible(page);
		await page.getByLabel('Spara ändå').focus();
		await page.keyboard.press('Space');
		await page.getByRole('button', { name: 'Lägg till passet' }).focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/program\/redigera\?dag=/);

		// The conflict is listed at once, on the page and on the session in the grid.
		await expect.poll(() => page.locator('#conflicts-heading').textContent()).toBe('Krockar i programmet: 1');
		const block = page.getByRole('button', {
			name: /^13\.00–14\.00, AI-verkstad för kommuner, Sal Dalsland, AI i offentlig sektor, Krock$/
		});
		expect(await block.count()).toBe(1);

		// Moving with the arrow keys shows conflicts before anything is saved; Escape takes it back.
		await block.focus();
		await page.keyboard.press('ArrowRight');
		await expect
			.poll(() => page.locator('[aria-live="polite"]').textContent())
			.toContain('13.00–14.00, Sal Skaraborg. Krockar (1): Sal Skaraborg är dubbelbokad');
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('[aria-live="polite"]').textContent()).toBe('Flytten är ångrad.');

		// The fix: three and a half hours later, after the afternoon tracks, and Enter saves it.
		for (let i = 0; i < 7; i++) await page.keyboard.press('PageDown');
		await expect
			.poll(() => page.locator('[aria-live="polite"]').textContent())
			.toContain('16.30–17.30, Sal Dalsland. Inga krockar.');
		await expect
			.poll(() => page.locator('#conflicts-heading').textContent())
			.toBe('Inga krockar i programmet.');
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.locator('[aria-live="polite"]').textContent())
			.toBe('Sparat: 16.30–17.30, Sal Dalsland.');
		await expect
			.poll(() => page.locator('#conflicts-heading').textContent())
			.toBe('Inga krockar i programmet.');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
			.toMatch(/^16\.30–17\.30, AI-verkstad för kommuner, Sal Dalsland/);
		await expectAccessible(page);

		// A break across all rooms in one go.
		await page.getByText('Lägg in en paus i alla salar').focus();
		await page.keyboard.press('Enter');
		await page.locator('#break-title').focus();
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('Bensträckare');
		await page.locator('#break-start').fill('15:30');
		await page.locator('#break-end').fill('15:45');
		await page.getByRole('button', { name: 'Lägg in för alla salar' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.getByText('”Bensträckare” är tillagd för alla salar.').count()).toBe(1);
		expect(
			await page.getByRole('button', { name: /^15\.30–15\.45, Bensträckare, Alla salar, Paus$/ }).count()
		).toBe(1);

		// Publish with the keyboard.
		await page.getByLabel('Kort notering (valfri)').focus();
		await page.keyboard.type('Eftermiddagens spår är på plats.');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await page.waitForURL(/publicerad=1/);
		await expect
			.poll(() => page.getByRole('status').first().textContent())
			.toContain('Version 1 är publicerad.');
		await expectAccessible(page);

		await page.goto(`/konferenser/${slug}`);
		expect(await page.getByText(/^Version 1, publicerad/).count()).toBe(1);
		expect(await page.getByRole('link', { name: 'AI-verkstad för kommuner' }).count()).toBe(1);
		expect(await page.getByRole('link', { name: 'Digital kompetens i vardagen' }).count()).toBe(1);
		await expectAccessible(page);
	});

	it('moves, resizes and adds sessions by drag and drop, and asks before dropping on a taken room', async () => {
		const from = await currentEditionSlug();
		const page = await browser.page({ viewport: { width: 1280, height: 1000 } });
		await signIn(page, ORGANISER);
		await newEdition(page, from);
		const block = page.getByRole('button', { name: /^13\.00–14\.00, Spårpass – Västsvenska möjligheter,/ });
		await block.evaluate((element) => element.scrollIntoView({ block: 'start' }));
		const source = (await block.boundingBox())!;
		const bohuslan = (await page.locator('[data-room-column]').nth(1).boundingBox())!;

		// Drop on Sal Bohuslän at the same time: taken, so a dialog asks.
		await page.mouse.move(source.x + 30, source.y + 20);
		await page.mouse.down();
		await page.mouse.move(bohuslan.x + 40, source.y + 22, { steps: 8 });
		await expect.poll(() => page.locator('#conflicts-heading').textContent()).toBe('Krockar i programmet: 1');
		await page.mouse.up();
		await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
		expect(await page.getByRole('heading', { name: 'Flytten ger krockar' }).count()).toBe(1);
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Ångra flytten' }).click();
		await expect
			.poll(() => page.locator('#conflicts-heading').textContent())
			.toBe('Inga krockar i programmet.');

		// Drag down three and a half hours in its own room, after the afternoon: saved without a question.
		await block.evaluate((element) => element.scrollIntoView({ block: 'start' }));
		const again = (await block.boundingBox())!;
		await page.mouse.move(again.x + 30, again.y + 20);
		await page.mouse.down();
		await page.mouse.move(again.x + 30, again.y + 20 + 12 * 42, { steps: 10 });
		await page.mouse.up();
		await expect
			.poll(() => page.locator('[aria-live="polite"]').textContent())
			.toBe('Sparat: 16.30–17.30, Sal Götaland.');

		// Resize by dragging the bottom edge: 30 minutes longer.
		const moved = page.getByRole('button', { name: /^16\.30–17\.30, Spårpass – Västsvenska möjligheter,/ });
		await moved.evaluate((element) => element.scrollIntoView({ block: 'center' }));
		const box = (await moved.boundingBox())!;
		await page.mouse.move(box.x + 30, box.y + box.height - 3);
		await page.mouse.down();
		await page.mouse.move(box.x + 30, box.y + box.height - 3 + 12 * 6, { steps: 6 });
		await page.mouse.up();
		await expect
			.poll(() => page.locator('[aria-live="polite"]').textContent())
			.toBe('Sparat: 16.30–18.00, Sal Götaland.');

		// Drag out a new session in the spot the move left empty: the form opens, filled in.
		const lunch = page.getByRole('button', { name: /^12\.00–13\.00, Lunch,/ });
		await lunch.evaluate((element) => element.scrollIntoView({ block: 'center' }));
		const lunchBox = (await lunch.boundingBox())!;
		const götaland = (await page.locator('[data-room-column]').first().boundingBox())!;
		await page.mouse.move(götaland.x + 40, lunchBox.y + lunchBox.height + 4);
		await page.mouse.down();
		await page.mouse.move(götaland.x + 40, lunchBox.y + lunchBox.height + 4 + 12 * 9, { steps: 6 });
		await page.mouse.up();
		await page.waitForURL(/\/pass\/ny\?/);
		expect(await page.getByLabel('Starttid').inputValue()).toBe('13:00');
		expect(await page.getByLabel('Sluttid').inputValue()).toBe('13:45');
		expect(await page.getByLabel('Sal', { exact: true }).locator('option:checked').textContent()).toBe(
			'Sal Götaland (450 platser)'
		);
		await expectAccessible(page);
	});

	it('gives the working group settings and speakers pages that pass axe', async () => {
		const from = await currentEditionSlug();
		const page = await browser.page();
		await signIn(page, ORGANISER);
		await page.goto(`/konferenser/${from}/installningar`);
		expect(await page.getByRole('heading', { name: 'Salar' }).count()).toBe(1);
		await expectAccessible(page);
		await page.goto(`/konferenser/${from}/program/talare`);
		expect(await page.getByText('Cecilia Dahlberg').count()).toBeGreaterThan(0);
		await expectAccessible(page);
		const csv = await page.request.get(`/konferenser/${from}/program.csv`);
		expect(csv.status()).toBe(200);
		expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
	});

	it('keeps the conference office out of the editor', async () => {
		const from = await currentEditionSlug();
		const page = await browser.page();
		await signIn(page, 'kansli@samverka.example');
		const response = await page.goto(`/konferenser/${from}/program/redigera`);
		expect(response?.status()).toBe(403);
		await expectAccessible(page);
	});
});
