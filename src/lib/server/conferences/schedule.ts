/**
 * The programme for other software: schedule.xml (frab), schedule.json (c3voc) and the organisers'
 * CSV. The public get the newest published version only; organisers may ask for their draft.
 * Rendering is the pure #lib/domain/schedule-export.ts; this module picks the data and the links.
 */
import {
	toC3vocJson,
	toFrabXml,
	toProgrammeCsv,
	type ScheduleExportInput
} from '../../domain/feeds/schedule-export.ts';
import type { ProgrammeSnapshot } from '../../domain/conferences/published-programme.ts';
import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { requireConference, type ConferenceDetails } from './conferences.ts';
import { getPublished, loadDraft, scheduleParts, toSnapshot } from './programme.ts';
import { publicOrigin } from '../platform/request.ts';

export type ScheduleFormat = 'xml' | 'json' | 'csv';

export interface ScheduleSource {
	snapshot: ProgrammeSnapshot;
	/** Shown by conference apps; the published version's number, or 'utkast'. */
	version: string;
	/** Published versions never change, so their number is a strong validator. */
	etag: string | null;
}

/** The newest published version, or (for organisers) the draft; null while nothing is published. */
export async function scheduleSource(
	conference: ConferenceDetails,
	options: { draft: boolean }
): Promise<ScheduleSource | null> {
	if (options.draft) {
		return { snapshot: toSnapshot(await loadDraft(conference)), version: 'utkast', etag: null };
	}
	const published = await getPublished(conference.id);
	if (!published) return null;
	return {
		snapshot: published.snapshot,
		version: String(published.number),
		etag: `"${conference.slug}-v${published.number}"`
	};
}

/** Links in the exports point at the public pages of the edition and of each session. */
export function exportInput(
	source: ScheduleSource,
	origin: string,
	conferenceSlug: string
): ScheduleExportInput {
	const programmeUrl = `${origin}/konferenser/${conferenceSlug}`;
	return {
		...scheduleParts(source.snapshot),
		programmeUrl,
		version: source.version,
		sessionUrl: (session) => `${programmeUrl}/pass/${session.guid.toLowerCase()}`
	};
}

export function renderSchedule(format: ScheduleFormat, input: ScheduleExportInput): string {
	switch (format) {
		case 'xml':
			return toFrabXml(input);
		case 'json':
			return JSON.stringify(toC3vocJson(input), null, '\t') + '\n';
		case 'csv':
			return toProgrammeCsv(input);
	}
}

const CONTENT_TYPES: Record<ScheduleFormat, string> = {
	xml: 'application/xml; charset=utf-8',
	json: 'application/json; charset=utf-8',
	csv: 'text/csv; charset=utf-8'
};

/**
 * The HTTP answer for one export. Published versions are immutable: the ETag is the version, so a
 * conference app polling every few minutes gets 304 until the organisers publish again. Drafts
 * and the organisers' CSV are private and never cached.
 */
export function scheduleResponse(
	request: Request,
	source: ScheduleSource,
	format: ScheduleFormat,
	input: ScheduleExportInput,
	filename: string
): Response {
	const shared = source.etag !== null && format !== 'csv';
	const headers = new Headers({
		'content-type': CONTENT_TYPES[format],
		'cache-control': shared ? 'public, max-age=60, must-revalidate' : 'private, no-store'
	});
	if (shared) headers.set('etag', source.etag!);
	if (format === 'csv') headers.set('content-disposition', `attachment; filename="${filename}"`);
	if (shared && request.headers.get('if-none-match') === source.etag) {
		return new Response(null, { status: 304, headers });
	}
	return new Response(renderSchedule(format, input), { headers });
}

/**
 * GET /konferenser/[slug]/schedule.xml, schedule.json and program.csv. The schedules show the
 * newest published version to everyone who may see the edition; `?utkast` gives the working
 * group its draft. The CSV is the organisers' and the office's working list, always the draft.
 */
export async function exportEndpoint(
	event: Pick<RequestEvent, 'params' | 'locals' | 'url' | 'request'>,
	format: ScheduleFormat
): Promise<Response> {
	const draft = format === 'csv' || event.url.searchParams.has('utkast');
	const need = format === 'csv' ? 'seeRegistrations' : draft ? 'editProgramme' : 'view';
	const { conference } = await requireConference(event, need);
	const source = await scheduleSource(conference, { draft });
	if (!source) error(404, m.prog_not_published());
	const input = exportInput(source, publicOrigin(), conference.slug);
	return scheduleResponse(event.request, source, format, input, `program-${conference.slug}.csv`);
}
