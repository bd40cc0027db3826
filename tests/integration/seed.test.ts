/**
 * The demo data (db/seed/demo.ts). The tests share this file's database and run in order: a failed
 * run first, then the real seeding, then checks on what it wrote.
 */
import { describe, expect, it } from 'vitest';
import { sql } from '../../src/lib/server/platform/db.ts';
import { verifyPassword } from '../../src/lib/server/auth/password.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../db/seed/demo.ts';

// A winter day, so that the upcoming meetings straddle the switch to summer time (29 March 2026).
const TODAY = new Date('2026-03-04T10:00:00Z');
const GR = 'gr-digitaliseringsnatverk';
const SLUGS = ['regionala-digitaliseringsradet', GR, 'e-rad-fyrbodal'];

const TABLES = [
	'organisations',
	'users',
	'networks',
	'network_memberships',
	'meetings',
	'conference_series',
	'conferences',
	'conference_roles'
] as const;

async function counts(): Promise<Record<string, number>> {
	const result: Record<string, number> = {};
	for (const table of TABLES) {
		const [{ count }] = await sql<{ count: number }[]>`select count(*) from ${sql(table)}`;
		result[table] = count;
	}
	return result;
}

function emailOf(role: string): string {
	const account = DEMO_ACCOUNTS.find((a) => a.role === role);
	if (!account) throw new Error(`no demo account for ${role}`);
	return account.email;
}

describe('demo data', () => {
	it('leaves nothing behind when a run fails part-way', async () => {
		// A conference slug the seed will want, taken by something else: the failure comes late in the run.
		await sql`insert into conference_series (slug, name) values ('annan-serie', 'Annan serie')`;
		await sql`
			insert into conferences (series_id, slug, title, starts_on, ends_on)
			select id, 'dimt-2026', 'Något annat', '2026-05-05', '2026-05-05' from conference_series`;
		await expect(seedDemo(sql, { today: TODAY })).rejects.toThrow();
		const after = await counts();
		expect(after).toEqual({
			...Object.fromEntries(TABLES.map((t) => [t, 0])),
			conference_series: 1,
			conferences: 1
		});
		await sql`delete from conferences`;
		await sql`delete from conference_series`;
	});

	it('seeds once when two runs race, reusing an organisation that already exists', async () => {
		const [{ id: vgr }] = await sql<{ id: number }[]>`
			insert into organisations (name, kind) values ('Västra Götalandsregionen', 'region') returning id`;
		const results = await Promise.all([seedDemo(sql, { today: TODAY }), seedDemo(sql, { today: TODAY })]);
		expect(results.map((r) => r.created).sort()).toEqual([false, true]);
		const orgs = await sql`select id from organisations where name = 'Västra Götalandsregionen'`;
		expect(orgs).toEqual([{ id: vgr }]);
		const [council] =
			await sql`select organisation_id from networks where slug = 'regionala-digitaliseringsradet'`;
		expect(council.organisationId).toBe(vgr);
	});

	it('a second run changes nothing', async () => {
		const before = await counts();
		const messages: string[] = [];
		expect(await seedDemo(sql, { today: TODAY, log: (m) => messages.push(m) })).toEqual({ created: false });
		expect(await seedDemo(sql)).toEqual({ created: false });
		expect(await counts()).toEqual(before);
		expect(messages).toHaveLength(1);
		expect(before.users).toBeGreaterThan(30);
	});

	it('creates the seven demo accounts, and only they can sign in', async () => {
		expect(DEMO_ACCOUNTS.map((a) => a.role).sort()).toEqual(
			['admin', 'chair', 'coordinator', 'member', 'office', 'secretary', 'substitute'].sort()
		);
		const emails = DEMO_ACCOUNTS.map((a) => a.email);
		const users = await sql<{ email: string; name: string; passwordHash: string | null; isAdmin: boolean }[]>`
			select email, name, password_hash, is_admin from users order by id`;
		const demo = users.filter((u) => emails.includes(u.email));
		expect(demo.map((u) => u.email).sort()).toEqual([...emails].sort());
		for (const account of DEMO_ACCOUNTS) {
			expect(demo.find((u) => u.email === account.email)?.name).toBe(account.name);
			expect(account.email).toMatch(/^[a-z]+@samverka\.example$/);
		}
		// one hash, shared by all demo accounts, and it is DEMO_PASSWORD's
		const hashes = new Set(demo.map((u) => u.passwordHash));
		expect(hashes.size).toBe(1);
		expect(await verifyPassword(demo[0].passwordHash!, DEMO_PASSWORD)).toBe(true);
		expect(users.filter((u) => !emails.includes(u.email)).every((u) => u.passwordHash === null)).toBe(true);
		expect(users.filter((u) => u.isAdmin).map((u) => u.email)).toEqual([emailOf('admin')]);
		expect(users.every((u) => u.email.endsWith('@samverka.example'))).toBe(true);
	});

	it('gives the demo accounts their roles in GR:s digitaliseringsnätverk', async () => {
		const rows = await sql<{ id: number; email: string; role: string; substituteFor: number | null }[]>`
			select m.id, u.email, m.role, m.substitute_for
			from network_memberships m join users u on u.id = m.user_id join networks n on n.id = m.network_id
			where n.slug = ${GR} and m.left_on is null`;
		const byEmail = new Map(rows.map((r) => [r.email, r]));
		expect(byEmail.get(emailOf('chair'))?.role).toBe('chair');
		expect(byEmail.get(emailOf('secretary'))?.role).toBe('secretary');
		expect(byEmail.get(emailOf('member'))?.role).toBe('member');
		expect(byEmail.get(emailOf('substitute'))?.role).toBe('substitute');
		expect(byEmail.get(emailOf('substitute'))?.substituteFor).toBe(byEmail.get(emailOf('member'))?.id);
		expect(byEmail.has(emailOf('admin'))).toBe(false);
		// every Göteborgsregionen municipality is represented
		const [{ count }] = await sql<{ count: number }[]>`
			select count(distinct o.id) from network_memberships m
			join networks n on n.id = m.network_id join organisations o on o.id = m.organisation_id
			where n.slug = ${GR} and m.left_on is null and o.kind = 'municipality'`;
		expect(count).toBe(13);
	});

	it('gives the conference organisers their roles in the coming conference', async () => {
		const rows = await sql<{ email: string; role: string }[]>`
			select u.email, r.role from conference_roles r
			join conferences c on c.id = r.conference_id join users u on u.id = r.user_id
			where c.slug = 'dimt-2026' and c.status = 'registration_open'`;
		expect(rows).toContainEqual({ email: emailOf('coordinator'), role: 'coordinator' });
		expect(rows).toContainEqual({ email: emailOf('office'), role: 'office' });
		expect(rows.filter((r) => r.role === 'coordinator')).toHaveLength(1);
		expect(rows.filter((r) => r.role === 'organiser').length).toBeGreaterThan(0);
	});

	it('has this and last year’s conference in the series', async () => {
		const rows = await sql`
			select c.slug, c.title, c.status, c.starts_on, c.ends_on, extract(isodow from c.starts_on)::int as weekday
			from conferences c join conference_series s on s.id = c.series_id
			where s.slug = 'digitalisering-i-manniskans-tjanst' order by c.starts_on`;
		expect(rows.map((r) => [r.slug, r.title, r.status])).toEqual([
			['dimt-2025', 'Digitalisering i människans tjänst 2025', 'completed'],
			['dimt-2026', 'Digitalisering i människans tjänst 2026', 'registration_open']
		]);
		for (const row of rows) {
			expect(row.endsOn).toBe(row.startsOn);
			expect(row.weekday).toBeLessThanOrEqual(5);
		}
	});

	it('keeps GR:s digitaliseringsnätverk private and the others public, with member history', async () => {
		const rows = await sql<{ slug: string; isPublic: boolean; left: number }[]>`
			select n.slug, n.is_public,
				(select count(*) from network_memberships m where m.network_id = n.id and m.left_on is not null) as left
			from networks n order by n.id`;
		expect(rows.map((r) => r.slug).sort()).toEqual([...SLUGS].sort());
		for (const row of rows) {
			expect(row.isPublic).toBe(row.slug !== GR);
			expect(row.left).toBeGreaterThan(0);
		}
	});

	it('has past and upcoming meetings in every network, and one cancelled meeting', async () => {
		const rows = await sql<{ slug: string; past: number; upcoming: number; fullDay: number }[]>`
			select n.slug,
				count(*) filter (where m.starts_at < ${TODAY}) as past,
				count(*) filter (where m.starts_at > ${TODAY}) as upcoming,
				count(*) filter (where m.is_full_day) as full_day
			from networks n join meetings m on m.network_id = n.id group by n.slug`;
		expect(rows).toHaveLength(3);
		for (const row of rows) {
			expect(row.past, row.slug).toBeGreaterThan(0);
			expect(row.upcoming, row.slug).toBeGreaterThan(0);
		}
		expect(rows.reduce((sum, r) => sum + r.fullDay, 0)).toBeGreaterThan(0);

		const cancelled =
			await sql`select starts_at, cancel_reason, cancelled_at from meetings where status = 'cancelled'`;
		expect(cancelled).toHaveLength(1);
		expect(cancelled[0].startsAt.getTime()).toBeGreaterThan(TODAY.getTime());
		expect(cancelled[0].cancelReason).toBeTruthy();
		expect(cancelled[0].cancelledAt.getTime()).toBeLessThanOrEqual(TODAY.getTime());

		// physical meetings have a place, digital ones a link
		const [{ incomplete }] = await sql<{ incomplete: number }[]>`
			select count(*) as incomplete from meetings
			where (format <> 'digital' and (venue is null or address is null or host_organisation_id is null))
				or (format <> 'physical' and online_url is null)`;
		expect(incomplete).toBe(0);
	});

	it('stores Swedish local times, on working days, numbered in date order', async () => {
		const [known] = await sql`
			select to_char(m.starts_at at time zone 'Europe/Stockholm', 'HH24:MI') as starts,
				to_char(m.ends_at at time zone 'Europe/Stockholm', 'HH24:MI') as ends
			from meetings m join networks n on n.id = m.network_id where n.slug = ${GR} and m.number = 24`;
		expect(known).toEqual({ starts: '09:00', ends: '12:00' });

		const rows = await sql<
			{
				slug: string;
				number: number;
				date: string;
				weekday: number;
				local: string;
				expected: string;
				utc: string;
			}[]
		>`
			select n.slug, m.number,
				to_char(m.starts_at at time zone 'Europe/Stockholm', 'YYYY-MM-DD') as date,
				extract(isodow from m.starts_at at time zone 'Europe/Stockholm')::int as weekday,
				to_char(m.starts_at at time zone 'Europe/Stockholm', 'HH24:MI') as local,
				case when m.is_full_day then '09:00' else to_char(n.default_start, 'HH24:MI') end as expected,
				to_char(m.starts_at at time zone 'UTC', 'HH24:MI') as utc
			from meetings m join networks n on n.id = m.network_id order by n.slug, m.starts_at`;
		const holidays = [
			'2025-12-24',
			'2025-12-25',
			'2025-12-26',
			'2025-12-31',
			'2026-01-01',
			'2026-01-06',
			'2026-04-02',
			'2026-04-03',
			'2026-04-06',
			'2026-05-01',
			'2026-05-14',
			'2026-06-19'
		];
		for (const row of rows) {
			expect(row.local, `${row.slug} ${row.number}`).toBe(row.expected);
			expect(row.weekday, `${row.slug} ${row.number}`).toBeLessThanOrEqual(5);
			expect(holidays, `${row.slug} ${row.number}`).not.toContain(row.date);
		}
		// winter and summer time both occur, so the UTC times differ while the local ones do not
		const grUtc = new Set(rows.filter((r) => r.slug === GR && r.local === '09:00').map((r) => r.utc));
		expect(grUtc).toEqual(new Set(['08:00', '07:00']));
		// numbers follow the dates
		for (const slug of SLUGS) {
			const numbers = rows.filter((r) => r.slug === slug).map((r) => r.number);
			expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
		}
	});
});
