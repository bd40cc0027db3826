/**
 * Editing an agenda item through the real route: the edit page is rendered as the server sends it,
 * its form is submitted as a browser would (only the ticked boxes are sent) to the real `save`
 * action, and the agenda is read back. Issue 10: the form showed every "Ansvariga" box unticked,
 * so saving any change silently removed the responsible people.
 */
import { isActionFailure, isRedirect } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import * as agenda from '../../src/lib/server/networks/agenda.ts';
import * as meetings from '../../src/lib/server/networks/meetings.ts';
import type { SessionUser } from '../../src/lib/server/auth/session.ts';
import * as editPage from '../../src/routes/natverk/[slug]/moten/[number]/dagordning/[item]/+page.server.ts';
import EditPage from '../../src/routes/natverk/[slug]/moten/[number]/dagordning/[item]/+page.svelte';
import * as agendaPage from '../../src/routes/natverk/[slug]/moten/[number]/dagordning/+page.server.ts';
import AgendaPage from '../../src/routes/natverk/[slug]/moten/[number]/dagordning/+page.svelte';
import { createMeeting, createStaffedNetwork } from './network-factories.ts';

function event(
	user: SessionUser,
	params: Record<string, string>,
	options: { form?: URLSearchParams; query?: string } = {}
) {
	const url = new URL(
		`http://localhost/natverk/${params.slug}/moten/${params.number}/dagordning${params.item ? `/${params.item}` : ''}${options.query ?? ''}`
	);
	return {
		params,
		locals: { user, session: null },
		url,
		request: new Request(url, { method: options.form ? 'POST' : 'GET', body: options.form }),
		cookies: { get: () => undefined, set: () => {}, delete: () => {} },
		getClientAddress: () => '127.0.0.1'
	};
}

const decode = (text: string) =>
	text
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
const attribute = (tag: string, name: string) => {
	const match = new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s/>])`).exec(tag);
	return match ? decode(match[1] ?? '') : null;
};

/** What a browser sends for the form with the given action: named fields, ticked boxes only. */
function formData(html: string, action: string): URLSearchParams {
	const start = html.indexOf(`action="${action}"`);
	expect(start).toBeGreaterThan(-1);
	const form = html.slice(start, html.indexOf('</form>', start));
	const data = new URLSearchParams();
	for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
		const name = attribute(tag, 'name');
		if (!name) continue;
		const type = attribute(tag, 'type') ?? 'text';
		if (type === 'checkbox' || type === 'radio') {
			if (attribute(tag, 'checked') !== null) data.append(name, attribute(tag, 'value') ?? 'on');
		} else data.append(name, attribute(tag, 'value') ?? '');
	}
	for (const [, tag, body] of form.matchAll(/(<textarea\b[^>]*>)([\s\S]*?)<\/textarea>/g)) {
		data.append(attribute(tag!, 'name')!, decode(body!));
	}
	for (const [, tag, body] of form.matchAll(/(<select\b[^>]*>)([\s\S]*?)<\/select>/g)) {
		const options = [...body!.matchAll(/<option\b[^>]*>/g)].map(([option]) => option);
		const chosen = options.find((option) => attribute(option, 'selected') !== null) ?? options[0]!;
		data.append(attribute(tag!, 'name')!, attribute(chosen, 'value') ?? '');
	}
	return data;
}

async function setup() {
	const staffed = await createStaffedNetwork();
	const { id, number } = await createMeeting(staffed.network.id, {
		date: '2030-01-15',
		start: '09:00',
		end: '16:00'
	});
	const meeting = (await meetings.getMeetingById(id))!;
	const added = await agenda.addAgendaItem(id, {
		kind: 'work',
		title: 'Handslaget',
		description: 'Läget i arbetet med Handslaget.',
		durationMinutes: 30,
		pinnedStart: null,
		responsibles: [staffed.member.membershipId, staffed.other.membershipId]
	});
	if (!added.ok) throw new Error(added.message);
	const params = { slug: staffed.network.slug, number: String(number), item: String(added.value.id) };
	return { ...staffed, meeting, params, itemId: added.value.id };
}

/** The edit page as the chair gets it, and what its save form would send. */
async function editForm(user: SessionUser, params: Record<string, string>) {
	const data = await editPage.load(event(user, params) as never);
	const { body } = render(EditPage, { props: { data: data as never, form: null, params } as never });
	return { body, form: formData(body, '?/save') };
}

/** Submits the save action; answers where it redirects to. */
async function save(user: SessionUser, params: Record<string, string>, form: URLSearchParams) {
	try {
		const result = await editPage.actions.save(event(user, params, { form }) as never);
		throw new Error(`no redirect: ${JSON.stringify(isActionFailure(result) ? result.data : result)}`);
	} catch (caught) {
		if (isRedirect(caught)) return caught.location;
		throw caught;
	}
}

const snapshot = async (meetingId: number, itemId: number) => ({
	item: await agenda.getAgendaItem(meetingId, itemId),
	responsibles: (await agenda.getResponsibles(itemId)).sort((a, b) => a - b)
});

describe('editing an agenda item', () => {
	it('shows the boxes of the responsible people ticked on the edit form', async () => {
		const { chair, member, other, third, params } = await setup();
		const { body, form } = await editForm(chair.user, params);
		const box = (id: number) => new RegExp(`<input[^>]*id="f-responsible-${id}"[^>]*>`).exec(body)![0];
		expect(attribute(box(member.membershipId), 'checked')).not.toBeNull();
		expect(attribute(box(other.membershipId), 'checked')).not.toBeNull();
		expect(attribute(box(third.membershipId), 'checked')).toBeNull();
		expect(form.get(`responsible.${member.membershipId}`)).toBe('on');
		expect(form.get(`responsible.${third.membershipId}`)).toBeNull();
	});

	it('changes nothing when the form is saved unchanged, and says it was saved', async () => {
		const { chair, meeting, params, itemId } = await setup();
		const before = await snapshot(meeting.id, itemId);
		const { form } = await editForm(chair.user, params);
		const location = await save(chair.user, params, form);
		expect(location).toBe(
			`/natverk/${params.slug}/moten/${params.number}/dagordning?sparat=${itemId}#punkt-${itemId}`
		);
		expect(await snapshot(meeting.id, itemId)).toEqual(before);

		// the agenda page the save leads to confirms it
		const data = await agendaPage.load(
			event(
				chair.user,
				{ slug: params.slug!, number: params.number! },
				{ query: `?sparat=${itemId}` }
			) as never
		);
		expect(data).toMatchObject({ savedTitle: 'Handslaget' });
		const { body } = render(AgendaPage, { props: { data: data as never, form: null, params } as never });
		expect(body).toContain('Punkten ”Handslaget” är sparad.');
		const plain = await agendaPage.load(
			event(chair.user, { slug: params.slug!, number: params.number! }) as never
		);
		expect(plain).toMatchObject({ savedTitle: null });
	});

	it('keeps the responsible people when only the duration changes', async () => {
		const { chair, member, other, meeting, params, itemId } = await setup();
		const { form } = await editForm(chair.user, params);
		form.set('durationMinutes', '45');
		await save(chair.user, params, form);
		const after = await snapshot(meeting.id, itemId);
		expect(after.item).toMatchObject({ title: 'Handslaget', durationMinutes: 45, kind: 'work' });
		expect(after.responsibles).toEqual([member.membershipId, other.membershipId].sort((a, b) => a - b));
		const [entry] = (await agenda.getAgenda(meeting)).items;
		expect(entry!.responsibles.map((r) => r.membershipId).sort((a, b) => a - b)).toEqual(after.responsibles);
	});

	it('still lets the chair untick a responsible person', async () => {
		const { chair, member, other, meeting, params, itemId } = await setup();
		const { form } = await editForm(chair.user, params);
		form.delete(`responsible.${other.membershipId}`);
		await save(chair.user, params, form);
		expect((await snapshot(meeting.id, itemId)).responsibles).toEqual([member.membershipId]);
	});

	it('shows what was sent, not what is saved, when a save is refused', async () => {
		const { chair, member, other, params } = await setup();
		const { form } = await editForm(chair.user, params);
		form.set('title', '');
		form.delete(`responsible.${other.membershipId}`);
		const refused = await editPage.actions.save(event(chair.user, params, { form }) as never);
		expect(isActionFailure(refused)).toBe(true);
		const data = await editPage.load(event(chair.user, params) as never);
		const { body } = render(EditPage, {
			props: { data: data as never, form: (refused as { data: unknown }).data, params } as never
		});
		const box = (id: number) => new RegExp(`<input[^>]*id="f-responsible-${id}"[^>]*>`).exec(body)![0];
		expect(attribute(box(member.membershipId), 'checked')).not.toBeNull();
		expect(attribute(box(other.membershipId), 'checked')).toBeNull();
	});
});
