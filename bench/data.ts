/** Benchmark data: one public network with 500 meetings of five agenda items each. */
import type { Sql } from '../src/lib/server/platform/db.ts';

export async function seedBenchData(sql: Sql) {
	return sql.begin(async (tx) => {
		const [network] = await tx<{ id: number; slug: string }[]>`
			insert into networks (slug, name, short_name, description, is_public)
			values ('bench-natverket', 'Benchmarknätverket', 'Bench', 'Femhundra möten', true)
			returning id, slug`;
		const meetings = Array.from({ length: 500 }, (_, i) => {
			// every second week from 2015, alternating digital and physical as the networks do
			const day = new Date(Date.UTC(2015, 0, 6 + i * 14, 8, 0));
			return {
				network_id: network.id,
				number: i + 1,
				title: `Möte om digitalisering ${i + 1}`,
				starts_at: day,
				ends_at: new Date(day.getTime() + 3 * 3600_000),
				format: i % 2 === 0 ? 'digital' : 'physical',
				venue: i % 2 === 0 ? null : 'Stadshuset, sal Ågrenska',
				address: i % 2 === 0 ? null : 'Gustaf Adolfs torg 1, Göteborg',
				online_url: i % 2 === 0 ? 'https://teams.microsoft.com/l/meetup-join/bench' : null,
				status: 'confirmed'
			};
		});
		const inserted = await tx<{ id: number }[]>`
			insert into meetings ${tx(meetings, 'network_id', 'number', 'title', 'starts_at', 'ends_at', 'format', 'venue', 'address', 'online_url', 'status')}
			returning id`;
		const kinds = ['information', 'discussion', 'decision', 'break', 'work'];
		const items = inserted.flatMap(({ id }) =>
			kinds.map((kind, position) => ({
				meeting_id: id,
				network_id: network.id,
				position: position + 1,
				kind,
				title: kind === 'break' ? 'Paus' : `Punkt ${position + 1}: erfarenhetsutbyte och nyttorealisering`,
				duration_minutes: 30
			}))
		);
		for (let i = 0; i < items.length; i += 1000) {
			const chunk = items.slice(i, i + 1000);
			await tx`insert into agenda_items ${tx(chunk, 'meeting_id', 'network_id', 'position', 'kind', 'title', 'duration_minutes')}`;
		}
		return {
			networkId: network.id,
			slug: network.slug,
			meetings: inserted.length,
			agendaItems: items.length
		};
	});
}

/**
 * One published edition with 120 sessions: a joint morning, four parallel tracks over three days,
 * joint closings. The published version is written as the snapshot the app stores on "Publicera".
 */
export async function seedBenchConference(sql: Sql, suffix = '') {
	return sql.begin(async (tx) => {
		const [series] = await tx<{ id: number }[]>`
			insert into conference_series (slug, name) values (${'bench-serien' + suffix}, 'Benchmarkkonferensen') returning id`;
		const [conference] = await tx<{ id: number; slug: string }[]>`
			insert into conferences (series_id, slug, title, starts_on, ends_on, venue, status)
			values (${series.id}, ${'bench-2027' + suffix}, 'Benchmarkkonferensen 2027', '2027-03-23', '2027-03-25', 'Svenska Mässan', 'published')
			returning id, slug`;
		const rooms = await tx<{ id: number; name: string }[]>`
			insert into conference_rooms ${tx(
				['Stora salen', 'Sal A', 'Sal B', 'Sal C', 'Sal D'].map((name, i) => ({
					conference_id: conference.id,
					name,
					capacity: i === 0 ? 800 : 120,
					position: i
				})),
				'conference_id',
				'name',
				'capacity',
				'position'
			)} returning id, name`;
		const tracks = await tx<{ id: number; name: string }[]>`
			insert into conference_tracks ${tx(
				['Västsvenska möjligheter', 'Digital kompetens', 'Digital transformation', 'Sjukvårdsspåret'].map(
					(name, i) => ({
						conference_id: conference.id,
						name,
						colour: ['#0a5566', '#7a3e00', '#3d2a80', '#1d6b3a'][i],
						position: i
					})
				),
				'conference_id',
				'name',
				'colour',
				'position'
			)} returning id, name`;
		const sessions: Record<string, unknown>[] = [];
		let id = 1;
		for (const date of ['2027-03-23', '2027-03-24', '2027-03-25']) {
			const add = (
				title: string,
				kind: string,
				start: string,
				end: string,
				trackId: number | null,
				roomId: number | null
			) =>
				sessions.push({
					id: id++,
					guid: crypto.randomUUID(),
					title,
					abstract: 'Erfarenheter, verktyg och samverkan i Västra Götaland.',
					kind,
					trackId,
					roomId,
					startsAt: `${date}T${start}`,
					endsAt: `${date}T${end}`,
					speakers: [
						{ id: id, name: 'Talare Talarsson', title: 'Digitaliseringsstrateg', organisation: 'GR', bio: '' }
					],
					language: 'sv',
					capacity: null,
					sequence: 0,
					cancelled: false
				});
			add('Gemensam förmiddag', 'plenary', '09:00', '10:00', null, rooms[0].id);
			add('Gemensam förmiddag, del 2', 'plenary', '10:15', '11:15', null, rooms[0].id);
			for (let slot = 0; slot < 9; slot++) {
				const start = 12 * 60 + slot * 30;
				const time = (m: number) =>
					`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
				for (const [t, track] of tracks.entries()) {
					add(
						`${track.name}: pass ${slot + 1}`,
						'track',
						time(start),
						time(start + 25),
						track.id,
						rooms[t + 1].id
					);
				}
			}
			add('Gemensam avslutning', 'closing', '16:45', '17:30', null, rooms[0].id);
			add('Mingel', 'mingle', '17:30', '18:00', null, null);
		}
		const snapshot = {
			conference: {
				id: conference.id,
				slug: conference.slug,
				title: 'Benchmarkkonferensen 2027',
				startsOn: '2027-03-23',
				endsOn: '2027-03-25',
				timeZone: 'Europe/Stockholm',
				venue: 'Svenska Mässan'
			},
			days: ['2027-03-23', '2027-03-24', '2027-03-25'].map((date) => ({
				date,
				start: '08:00',
				end: '18:00'
			})),
			rooms: rooms.map((r, i) => ({
				id: r.id,
				name: r.name,
				capacity: i === 0 ? 800 : 120,
				accessibility: ''
			})),
			tracks: tracks.map((t, i) => ({
				id: t.id,
				name: t.name,
				colour: '#0a5566',
				order: i,
				description: '',
				leadName: null
			})),
			sessions,
			speakers: []
		};
		await tx`insert into programme_versions (conference_id, number, snapshot) values (${conference.id}, 1, ${tx.json(snapshot as never)})`;
		return { slug: conference.slug, sessions: sessions.length };
	});
}
