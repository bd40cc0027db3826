/**
 * Cross-site form protection that works whether the server is reached over plain http on
 * localhost or over https behind a proxy (kit's exact-origin check cannot know which; see
 * vite.config.ts). Browsers send Sec-Fetch-Site on every request; older ones send Origin.
 */
/**
 * The bodies another site can send without a CORS preflight: the three form types, and no body
 * type at all (`fetch(url, { method: 'POST', mode: 'no-cors' })`, or a body without a type).
 */
const FORM_TYPES = ['', 'application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const UNSAFE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

export function isCrossSiteFormSubmission(request: Request, host: string): boolean {
	if (!UNSAFE_METHODS.includes(request.method)) return false;
	const type = (request.headers.get('content-type') ?? '').split(';', 1)[0].trim().toLowerCase();
	if (!FORM_TYPES.includes(type)) return false;

	const site = request.headers.get('sec-fetch-site');
	if (site) return site !== 'same-origin' && site !== 'none';

	const origin = request.headers.get('origin');
	if (!origin) return true;
	try {
		return new URL(origin).host !== host;
	} catch {
		return true;
	}
}
