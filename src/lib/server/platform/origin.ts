/**
 * The app's own address, for every absolute link it writes (e-mails, feeds, exports, cached
 * bodies). It comes from configuration only, never from a request: a forged Host or Origin header
 * must not be able to point a password-reset link at someone else's server.
 *
 * No $app imports here, so start-up code and scripts can use it too.
 */

/** The quick start's address: http://localhost on the port `node build` (or `vite dev`) listens on. */
export function defaultOrigin(port: string | undefined = process.env.PORT): string {
	const number = Number(port);
	return `http://localhost:${port && Number.isSafeInteger(number) && number > 0 ? number : 3000}`;
}

/** PUBLIC_ORIGIN when configured (validated by src/env.ts), otherwise the quick start's address. */
export function resolveOrigin(configured: string | undefined): string {
	return configured ?? defaultOrigin();
}

/** What production logs at start-up without PUBLIC_ORIGIN; null when nothing is wrong. */
export function missingOriginWarning(
	configured: string | undefined,
	nodeEnv = process.env.NODE_ENV
): string | null {
	if (configured || nodeEnv !== 'production') return null;
	const line = '!'.repeat(78);
	return [
		line,
		`VARNING: PUBLIC_ORIGIN är inte satt. Länkar i e-post, kalendrar och exporter pekar på ${defaultOrigin()},`,
		'vilket bara fungerar på den här datorn. Sätt PUBLIC_ORIGIN till den publika adressen,',
		't.ex. PUBLIC_ORIGIN=https://samverka.example.se (se README.md, Konfiguration).',
		line
	].join('\n');
}
