import { describe, expect, it } from 'vitest';
import {
	decideThrottle,
	MAX_FAILURES_PER_ACCOUNT,
	MAX_FAILURES_PER_IP,
	THROTTLE_WINDOW_MS
} from './throttle.js';

const now = new Date('2026-11-23T10:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe('decideThrottle', () => {
	it('allows sign-in below the per-account limit', () => {
		const failures = Array.from({ length: MAX_FAILURES_PER_ACCOUNT - 1 }, (_, i) => minutesAgo(i));
		expect(decideThrottle(failures, failures, now)).toEqual({ allowed: true });
	});

	it('blocks an account after the limit until the oldest counted failure leaves the window', () => {
		const failures = [1, 2, 3, 4, 5].map(minutesAgo);
		const decision = decideThrottle(failures, failures, now);
		expect(decision).toEqual({
			allowed: false,
			retryAt: new Date(minutesAgo(5).getTime() + THROTTLE_WINDOW_MS)
		});
	});

	it('forgets failures older than the window', () => {
		const failures = [16, 17, 18, 19, 20, 21].map(minutesAgo);
		expect(decideThrottle(failures, failures, now).allowed).toBe(true);
	});

	it('blocks an address that fails across many accounts', () => {
		const ip = Array.from({ length: MAX_FAILURES_PER_IP }, (_, i) => minutesAgo(i / 2));
		const decision = decideThrottle([], ip, now);
		expect(decision.allowed).toBe(false);
	});

	it('takes the later of the two blocks', () => {
		const account = [1, 2, 3, 4, 5].map(minutesAgo);
		const ip = Array.from({ length: MAX_FAILURES_PER_IP }, (_, i) => minutesAgo(i / 10));
		const decision = decideThrottle(account, ip, now);
		expect(decision).toEqual({
			allowed: false,
			retryAt: new Date(minutesAgo(1.9).getTime() + THROTTLE_WINDOW_MS)
		});
	});
});
