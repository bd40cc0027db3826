import { describe, expect, it } from 'vitest';
import { isCrossSiteFormSubmission } from './csrf.ts';

const form = (headers: Record<string, string>, method = 'POST') =>
	new Request('https://localhost:3000/logga-in', {
		method,
		headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
		body: method === 'GET' ? undefined : 'a=1'
	});

describe('isCrossSiteFormSubmission', () => {
	it('accepts a same-origin form over plain http on localhost', () => {
		const request = form({ 'sec-fetch-site': 'same-origin', origin: 'http://localhost:3000' });
		expect(isCrossSiteFormSubmission(request, 'localhost:3000')).toBe(false);
	});

	it('refuses a form posted from another site', () => {
		expect(isCrossSiteFormSubmission(form({ 'sec-fetch-site': 'cross-site' }), 'localhost:3000')).toBe(true);
		expect(isCrossSiteFormSubmission(form({ 'sec-fetch-site': 'same-site' }), 'localhost:3000')).toBe(true);
	});

	it('falls back to the Origin host for browsers without Sec-Fetch-Site', () => {
		expect(isCrossSiteFormSubmission(form({ origin: 'http://localhost:3000' }), 'localhost:3000')).toBe(
			false
		);
		expect(isCrossSiteFormSubmission(form({ origin: 'https://evil.example' }), 'localhost:3000')).toBe(true);
		expect(isCrossSiteFormSubmission(form({}), 'localhost:3000')).toBe(true);
	});

	it('leaves safe methods and non-form bodies alone', () => {
		expect(isCrossSiteFormSubmission(form({ 'sec-fetch-site': 'cross-site' }, 'GET'), 'localhost:3000')).toBe(
			false
		);
		const json = new Request('https://localhost:3000/x', {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
			body: '{}'
		});
		expect(isCrossSiteFormSubmission(json, 'localhost:3000')).toBe(false);
	});

	it('refuses a cross-site post without a Content-Type, as sign-out is sent', () => {
		const bare = (headers: Record<string, string>) =>
			new Request('https://localhost:3000/logga-ut', { method: 'POST', headers });
		expect(bare({}).headers.get('content-type')).toBeNull();
		expect(isCrossSiteFormSubmission(bare({ 'sec-fetch-site': 'cross-site' }), 'localhost:3000')).toBe(true);
		expect(isCrossSiteFormSubmission(bare({ origin: 'https://evil.example' }), 'localhost:3000')).toBe(true);
		expect(isCrossSiteFormSubmission(bare({ 'sec-fetch-site': 'same-origin' }), 'localhost:3000')).toBe(
			false
		);
	});
});
