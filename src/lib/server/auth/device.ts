/**
 * Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a browser that
 * has signed in to an account carries `<nonce>.<issued>.<HMAC>` for that account and keeps its own
 * sign-in allowance, untouched by failures from anywhere else (src/lib/domain/platform/throttle.ts).
 *
 * The HMAC key is generated at first use and kept in the database (app_secrets), shared by every
 * app instance and never sent anywhere; like the session and link tokens, nothing a browser holds
 * can be forged or replayed for another account.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { sql } from '../platform/db.ts';

export const DEVICE_LIFETIME = 365 * 24 * 60 * 60 * 1000;
const SECRET_NAME = 'device_cookie';
const COOKIE_PREFIX = 'samverka_device_';
/** The cookie is only needed where the sign-in form is posted. */
const COOKIE_PATH = '/logga-in';

/** The key, created once per database; two instances starting at once agree on the first one. */
async function deviceSecret(): Promise<Buffer> {
	await sql`
		insert into app_secrets (name, value) values (${SECRET_NAME}, ${randomBytes(32)})
		on conflict (name) do nothing`;
	const [row] = await sql<{ value: Buffer }[]>`select value from app_secrets where name = ${SECRET_NAME}`;
	return row.value;
}

/** One cookie per account, so people sharing a browser keep their own allowances. */
export function deviceCookieName(email: string): string {
	const digest = encodeHexLowerCase(sha256(new TextEncoder().encode(email.trim().toLowerCase())));
	return COOKIE_PREFIX + digest.slice(0, 16);
}

function mac(key: Buffer, email: string, nonce: string, issued: string): string {
	return createHmac('sha256', key)
		.update(`${email.trim().toLowerCase()}\n${nonce}\n${issued}`)
		.digest('base64url');
}

export async function createDeviceToken(email: string, now = new Date()): Promise<string> {
	const nonce = encodeBase32LowerCaseNoPadding(randomBytes(15));
	const issued = String(now.getTime());
	return `${nonce}.${issued}.${mac(await deviceSecret(), email, nonce, issued)}`;
}

/** The nonce of a valid, unexpired device cookie for this account, or null. */
export async function verifyDeviceToken(
	email: string,
	token: string | null | undefined,
	now = new Date()
): Promise<string | null> {
	if (!token || token.length > 200) return null;
	const match = /^([a-z2-7]{24})\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
	if (!match) return null;
	const [, nonce, issued, given] = match;
	const age = now.getTime() - Number(issued);
	if (age < 0 || age > DEVICE_LIFETIME) return null;
	const expected = Buffer.from(mac(await deviceSecret(), email, nonce, issued));
	const actual = Buffer.from(given);
	return expected.length === actual.length && timingSafeEqual(expected, actual) ? nonce : null;
}

export function setDeviceCookie(cookies: Cookies, email: string, token: string, secure: boolean): void {
	cookies.set(deviceCookieName(email), token, {
		httpOnly: true,
		sameSite: 'strict',
		secure,
		path: COOKIE_PATH,
		maxAge: DEVICE_LIFETIME / 1000
	});
}

export function readDeviceCookie(cookies: Pick<Cookies, 'get'>, email: string): string | undefined {
	return cookies.get(deviceCookieName(email));
}
