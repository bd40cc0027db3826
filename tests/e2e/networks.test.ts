/**
 * Networks in the browser: the chair plans a term, prepares an agenda with the keyboard, members
 * read it, outsiders get 404. Runs against the demo data; the term planned here lies two terms
 * ahead, so the demo's own meetings are left as they are for the other test files.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, signIn, useBrowser } from './browser.ts';

const browser = useBrowser();
const GR = '/natverk/gr-digitaliseringsnatverk';

/** The numbers of the meetings the chair plans in the first test, used by the later ones. */
let planned: number[] = [];

async function statusText(page: Page): Promise<string> {
	const text = await page.getByRole('status').filter({ hasText: /\S/ }).first().textContent();
	return (text ?? '').replace(/\s+/g, ' ').trim();
}

describe('term planning', () => {
	it('lets the chair plan a term and shows alternating formats and the beredning', async () => {
		const page = await browser.page();
		await signIn(page, 'ordforande@samverka.example');
		await page.goto(GR);
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Planera termin' }).click();
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Planera termin');
		await expectAccessible(page);

		// A wrong count is refused in Swedish and what was typed stays.
		await page.getByLabel('Antal möten under terminen').fill('0');
		await page.getByRole('button', { name: 'Föreslå möten' }).click();
		await expect
			.poll(() => page.locator('#f-meetingCount-error').textContent())
			.toContain('Ange antalet möten');
		expect(await page.getByLabel('Antal möten under terminen').inputValue()).toBe('0');

		const lastTerm = await page.locator('#f-term option').last().getAttribute('value');
		await page.getByLabel('Termin', { exact: true }).selectOption(lastTerm!);
		await page.getByLabel('Antal möten under terminen').fill('4');
		await page.getByLabel('Vilket möte är en heldag?').selectOption('3');
		await page.getByRole('button', { name: 'Föreslå möten' }).click();
		const label = lastTerm!.replace('-', ' ');
		await expect.poll(() => page.locator('#proposal-title').textContent()).toBe(`2. Förslag för ${label}`);

		const rows = page.locator('.summary tbody tr');
		expect(await rows.count()).toBe(4);
		const formats = await rows.locator('td:nth-child(3)').allTextContents();
		for (let i = 1; i < formats.length; i++) expect(formats[i]).not.toBe(formats[i - 1]);
		expect(new Set(formats)).toEqual(new Set(['Digitalt', 'Fysiskt']));
		for (const names of await rows.locator('td:nth-child(4)').allTextContents()) {
			expect(names.split(',').filter((name) => name.trim())).toHaveLength(3);
			expect(names).not.toContain('Karin Wallin');
		}
		expect(await rows.nth(2).locator('td:nth-child(2)').textContent()).toContain('Heldag');
		await expectAccessible(page);

		await page.getByRole('button', { name: 'Spara terminen' }).click();
		await page.waitForURL((url) => url.pathname === GR);
		await expect.poll(() => statusText(page)).toContain(`${label} är planerad. Nya möten: 4.`);
		const upcoming = page.locator('section[aria-labelledby="upcoming"] li');
		const texts = await upcoming.allTextContents();
		planned = texts
			.map((text) => Number(/Möte nr (\d+)/.exec(text)?.[1]))
			.filter((n) => Number.isInteger(n))
			.slice(-4);
		expect(planned).toHaveLength(4);
		const last = texts.slice(-4);
		expect(last.every((text) => text.includes('Beredning:'))).toBe(true);
		expect(last.map((text) => (text.includes('Digitalt') ? 'D' : 'F')).join('')).toMatch(/^(DFDF|FDFD)$/);
		await expectAccessible(page);
	});
});

describe('agenda', () => {
	it('lets the chair build the agenda with the keyboard only, times shown as ca 09.00', async () => {
		const page = await browser.page();
		await signIn(page, 'ordforande@samverka.example');
		const number = planned[0]!;
		await page.goto(`${GR}/moten/${number}`);
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`Möte nr ${number}`);
		// the standing items are on the new agenda, the first at the meeting's start
		expect(await page.locator('section.agenda h3').first().textContent()).toContain('Laget runt');
		expect(await page.locator('section.agenda .time').first().textContent()).toBe('ca 09.00');
		await page.getByRole('link', { name: 'Redigera dagordningen' }).click();
		await expect
			.poll(() => page.getByRole('heading', { level: 1 }).textContent())
			.toBe(`Dagordning för möte nr ${number}`);
		await expectAccessible(page);

		// Add an item: type, heading, description and duration, submitted with Enter.
		await page.getByLabel('Typ', { exact: true }).focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Tab');
		await page.keyboard.type('Öppna data i kommunerna');
		await page.keyboard.press('Tab');
		await page.keyboard.type('Vilka data publicerar vi, och vilka saknas?');
		await page.keyboard.press('Tab');
		await page.keyboard.press('ControlOrMeta+A');
		await page.keyboard.type('25');
		await page.keyboard.press('Enter');
		await expect
			.poll(() => statusText(page))
			.toBe('”Öppna data i kommunerna” är tillagd sist på dagordningen.');
		const titles = () => page.locator('ol.items .title').allTextContents();
		const before = await titles();
		expect(before.at(-1)).toBe('Öppna data i kommunerna');
		expect(await page.locator('ol.items li').last().textContent()).toContain('[D] Diskussion');

		// Move it up twice with Enter on the focused button; the focus stays with the item.
		await page.getByRole('button', { name: 'Flytta upp: Öppna data i kommunerna' }).focus();
		await page.keyboard.press('Enter');
		await expect
			.poll(() => statusText(page))
			.toBe(`”Öppna data i kommunerna” flyttades till plats ${before.length - 1} av ${before.length}.`);
		expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Flytta upp');
		await page.keyboard.press('Enter');
		await expect
			.poll(() => statusText(page))
			.toBe(`”Öppna data i kommunerna” flyttades till plats ${before.length - 2} av ${before.length}.`);
		const after = await titles();
		expect(after[before.length - 3]).toBe('Öppna data i kommunerna');
		expect(after).toHaveLength(before.length);
		await expectAccessible(page);
	});

	it('shows the responsible people ticked on an item’s edit form and keeps them on save (issue 10)', async () => {
		const page = await browser.page();
		await signIn(page, 'ordforande@samverka.example');
		await page.goto(`${GR}/moten/25/dagordning`);
		await page.getByRole('link', { name: 'Ändra: Handslaget', exact: true }).click();
		await expect
			.poll(() => page.getByRole('heading', { level: 1 }).textContent())
			.toBe('Ändra punkt: Handslaget');
		const responsible = page.getByRole('group', { name: 'Ansvariga' });
		await expect
			.poll(() => responsible.getByRole('checkbox', { name: /^Karin Wallin/ }).isChecked())
			.toBe(true);
		expect(await responsible.getByRole('checkbox', { checked: true }).count()).toBe(1);
		await expectAccessible(page);

		// saved unchanged: the agenda says so, and Karin Wallin is still responsible
		await page.getByRole('button', { name: 'Spara', exact: true }).click();
		await page.waitForURL((url) => url.pathname === `${GR}/moten/25/dagordning`);
		await expect.poll(() => statusText(page)).toBe('Punkten ”Handslaget” är sparad.');
		await page.goto(`${GR}/moten/25`);
		const item = page
			.locator('section.agenda li')
			.filter({ has: page.getByRole('heading', { name: /: Handslaget$/ }) });
		expect(await item.textContent()).toContain('Karin Wallin');
	});

	it('reorders by drag and drop too', async () => {
		const page = await browser.page();
		await signIn(page, 'ordforande@samverka.example');
		await page.goto(`${GR}/moten/${planned[0]}/dagordning`);
		const items = page.locator('ol.items > li');
		await expect.poll(() => items.count()).toBeGreaterThan(2);
		const first = await items.nth(0).locator('.title').textContent();
		const second = await items.nth(1).locator('.title').textContent();
		await items.nth(1).dragTo(items.nth(0));
		await expect.poll(() => statusText(page)).toBe('Den nya ordningen är sparad.');
		expect(await items.nth(0).locator('.title').textContent()).toBe(second);
		expect(await items.nth(1).locator('.title').textContent()).toBe(first);
	});

	it('shows the agenda to a member and a substitute, who cannot edit it', async () => {
		const member = await browser.page();
		await signIn(member, 'ledamot@samverka.example');
		await member.goto(`${GR}/moten/${planned[0]}`);
		await expect
			.poll(() => member.locator('section.agenda').textContent())
			.toContain('Öppna data i kommunerna');
		await expectAccessible(member);

		const substitute = await browser.page();
		await signIn(substitute, 'ersattare@samverka.example');
		await substitute.goto(`${GR}/moten/${planned[0]}`);
		await expect
			.poll(() => substitute.locator('section.agenda').textContent())
			.toContain('Öppna data i kommunerna');
		expect(await substitute.getByRole('link', { name: 'Redigera dagordningen' }).count()).toBe(0);
		const refused = await substitute.goto(`${GR}/moten/${planned[0]}/dagordning`);
		expect(refused?.status()).toBe(403);
		await expectAccessible(substitute);

		await substitute.goto(`${GR}/moten/${planned[0]}/utskrift`);
		const headers = await substitute.locator('table.agenda th').allTextContents();
		expect(headers.map((h) => h.trim())).toEqual(['Punkt', 'Typ', 'Beskrivning', 'Ansvarig', 'Ca tid']);
		expect(await substitute.locator('table.agenda').textContent()).toContain('Öppna data i kommunerna');
		await expectAccessible(substitute);
	});

	it('answers 404 to outsiders of a private network, and shows a public network’s agenda to anyone', async () => {
		const outsider = await browser.page();
		await signIn(outsider, 'kansli@samverka.example');
		for (const path of [
			GR,
			`${GR}/moten/${planned[0]}`,
			`${GR}/moten/${planned[0]}/utskrift`,
			`${GR}/planera-termin`
		]) {
			const response = await outsider.goto(path);
			expect(response?.status(), path).toBe(404);
		}
		expect(await outsider.getByRole('heading', { level: 1 }).textContent()).toBe('Sidan finns inte');
		await expectAccessible(outsider);

		const anonymous = await browser.page();
		expect((await anonymous.goto(`${GR}/moten/${planned[0]}`))?.status()).toBe(404);
		const council = '/natverk/regionala-digitaliseringsradet';
		await anonymous.goto(council);
		await anonymous.locator('section[aria-labelledby="upcoming"] a').first().click();
		await expect
			.poll(() => anonymous.getByRole('heading', { level: 1 }).textContent())
			.toMatch(/^Möte nr \d+/);
		expect(await anonymous.getByRole('heading', { name: 'Dagordning' }).count()).toBe(1);
		expect(await anonymous.getByText('Beredning').count()).toBe(0);
		expect(await anonymous.content()).not.toMatch(/[\w.]+@[\w.]+\.example/);
		await expectAccessible(anonymous);
	});
});

describe('meetings', () => {
	it('asks for a reason and a confirmation before cancelling, and keeps the meeting visible', async () => {
		const page = await browser.page();
		await signIn(page, 'sekreterare@samverka.example');
		const number = planned.at(-1)!;
		await page.goto(`${GR}/moten/${number}`);
		await page.getByRole('link', { name: 'Ställ in mötet' }).click();
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Ställ in mötet' }).click();
		await expect
			.poll(() => page.locator('#f-reason-error').textContent())
			.toContain('Ange varför mötet ställs in');
		expect(await page.locator('#f-confirm-error').textContent()).toContain('Ja, ställ in mötet');
		await page.getByLabel('Orsak').fill('Krockar med kommundirektörsnätverkets möte.');
		await page.getByLabel('Ja, ställ in mötet').check();
		await page.getByRole('button', { name: 'Ställ in mötet' }).click();
		await page.waitForURL((url) => url.pathname === `${GR}/moten/${number}`);
		await expect.poll(() => page.locator('.badge.danger').first().textContent()).toBe('Inställt');
		expect(await page.getByText('Krockar med kommundirektörsnätverkets möte.').count()).toBeGreaterThan(0);
		await expectAccessible(page);
	});
});

describe('running the network', () => {
	it('gives the chair accessible pages for members, substitutes, venues, standing items and settings', async () => {
		const page = await browser.page();
		await signIn(page, 'ordforande@samverka.example');
		await page.goto(GR);
		for (const link of ['Medlemmar', 'Organisationer och lokaler', 'Stående punkter', 'Inställningar']) {
			await page.goto(GR);
			await page
				.getByRole('navigation', { name: 'Hantera nätverket' })
				.getByRole('link', { name: link })
				.click();
			await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(link);
			await expectAccessible(page);
		}

		// a standing item's own page, and the list with its move buttons
		await page.goto(`${GR}/staende-punkter`);
		await page.getByRole('link', { name: 'Ändra: Handslaget' }).click();
		await expect
			.poll(() => page.getByRole('heading', { level: 1 }).textContent())
			.toBe('Ändra stående punkt: Handslaget');
		await expectAccessible(page);

		// the chair names her own standing substitute: a new person, invited by e-mail
		await page.goto(`${GR}/medlemmar`);
		await page.getByRole('link', { name: 'Karin Wallin', exact: true }).click();
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Karin Wallin');
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Utse ersättaren' }).click();
		await expect.poll(() => page.locator('#s-name-error').textContent()).toContain('Ange ett namn.');
		await page.getByLabel('Namn').fill('Maria Ersättare');
		await page.getByLabel('E-postadress').fill('maria.ersattare@gr.example');
		await page.getByRole('button', { name: 'Utse ersättaren' }).click();
		await expect
			.poll(() => statusText(page))
			.toBe('Maria Ersättare är utsedd till ersättare och har fått en inbjudan via e-post.');
		expect(await page.getByText('Nuvarande ersättare: Maria Ersättare').count()).toBe(1);
		await expectAccessible(page);

		// meetings: the full list, a new meeting and an edit form
		await page.goto(`${GR}/moten`);
		await expectAccessible(page);
		await page.goto(`${GR}/moten/nytt`);
		await page.getByRole('button', { name: 'Skapa mötet' }).click();
		await expect
			.poll(() => page.locator('#f-date-error').textContent())
			.toContain('Ange datumet som ÅÅÅÅ-MM-DD');
		await expectAccessible(page);
		await page.goto(`${GR}/moten/${planned[1]}/redigera`);
		await expectAccessible(page);
	});

	it('lets an administrator create a network', async () => {
		const page = await browser.page();
		await signIn(page, 'admin@samverka.example');
		await page.goto('/natverk');
		await page.getByRole('link', { name: 'Nytt nätverk' }).click();
		await expectAccessible(page);
		await page.getByLabel('Namn', { exact: true }).fill('Skaraborgs digitaliseringsnätverk');
		await page.getByLabel('Kortnamn').fill('Skaraborg Digit');
		await page.getByLabel('Adress', { exact: true }).fill('Skaraborg Digit!');
		await page.getByRole('button', { name: 'Skapa nätverket' }).click();
		await expect
			.poll(() => page.locator('#f-slug-error').textContent())
			.toContain('bara innehålla små bokstäver');
		await page.getByLabel('Adress', { exact: true }).fill('skaraborg-digit');
		await page.getByRole('button', { name: 'Skapa nätverket' }).click();
		await page.waitForURL((url) => url.pathname === '/natverk/skaraborg-digit/bjud-in');
		await expectAccessible(page);
	});
});
