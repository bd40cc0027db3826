/** Swedish (or English) names for the domain's codes. */
import { m } from '#lib/paraglide/messages.js';

export function roleLabel(role: string | null | undefined): string {
	switch (role) {
		case 'chair':
			return m.role_chair();
		case 'secretary':
			return m.role_secretary();
		case 'member':
			return m.role_member();
		case 'substitute':
			return m.role_substitute();
		case 'coordinator':
			return m.role_coordinator();
		case 'organiser':
			return m.role_organiser();
		case 'office':
			return m.role_office();
		default:
			return '';
	}
}

export function formatLabel(format: string): string {
	return format === 'digital'
		? m.format_digital()
		: format === 'physical'
			? m.format_physical()
			: m.format_hybrid();
}

export function conferenceStatusLabel(status: string): string {
	switch (status) {
		case 'draft':
			return m.conference_status_draft();
		case 'published':
			return m.conference_status_published();
		case 'registration_open':
			return m.conference_status_registration_open();
		case 'registration_closed':
			return m.conference_status_registration_closed();
		default:
			return m.conference_status_completed();
	}
}
