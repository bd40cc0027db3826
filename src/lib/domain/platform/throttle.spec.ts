import { describe, expect, it } from 'vitest';
import {
	bucketKeys,
	currentAttempts,
	kindOf,
	minutesUntil,
	reserveAttempt,
	resetsOnSuccess,
	THROTTLE_LIMITS,
	THROTTLE_WINDOW_MS,
	type Bucket
} from './throttle.ts';

const now = new Date('2026-11-23T10:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const bucket = (key: string, attempts: number, startedMinutesAgo: number | null): Bucket => ({
	key,
	attempts,
	windowStart: startedMinutesAgo === null ? null : minutesAgo(startedMinutesAgo)
});

describe('bucketKeys', () => {
	it('spends the pair, the address and the account for a browser without a device cookie', () => {
		expect(bucketKeys({ email: 'Anna@Example.se', ip: '10.0.0.1', device: null })).toEqual([
			'account:anna@example.se',
			'address:10.0.0.1',
			'pair:10.0.0.1:anna@example.se'
		]);
	});

	it('spends only its own allowance for a browser that has signed in before', () => {
		expect(bucketKeys({ email: 'anna@example.se', ip: '10.0.0.1', device: 'abc' })).toEqual(['device:abc']);
	});

	it('knows each kind and refuses an unknown one', () => {
		expect(kindOf('pair:1:a')).toBe('pair');
		expect(() => kindOf('other:x')).toThrow(RangeError);
	});
});

describe('reserveAttempt', () => {
	it('reserves an attempt in every bucket, starting a window where none is running', () => {
		const decision = reserveAttempt([bucket('account:a', 0, null), bucket('address:1', 3, 2)], now);
		expect(decision).toEqual({
			allowed: true,
			buckets: [
				{ key: 'account:a', attempts: 1, windowStart: now },
				{ key: 'address:1', attempts: 4, windowStart: minutesAgo(2) }
			]
		});
	});

	it('refuses when any bucket is used up, and spends nothing', () => {
		const decision = reserveAttempt(
			[bucket('account:a', 1, 1), bucket('pair:1:a', THROTTLE_LIMITS.pair, 4)],
			now
		);
		expect(decision).toEqual({
			allowed: false,
			retryAt: new Date(minutesAgo(4).getTime() + THROTTLE_WINDOW_MS),
			blocked: ['pair']
		});
	});

	it('lets the address try ten times more than the pair, so one person behind a NAT does not block the rest', () => {
		expect(THROTTLE_LIMITS.address).toBeGreaterThanOrEqual(10 * THROTTLE_LIMITS.pair);
		expect(reserveAttempt([bucket('address:1', THROTTLE_LIMITS.pair, 1)], now).allowed).toBe(true);
	});

	it('forgets a window that has passed', () => {
		const old = bucket('pair:1:a', THROTTLE_LIMITS.pair, 15);
		expect(currentAttempts(old, now)).toBe(0);
		expect(reserveAttempt([old], now)).toEqual({
			allowed: true,
			buckets: [{ key: 'pair:1:a', attempts: 1, windowStart: now }]
		});
	});

	it('waits for the last of several used-up windows', () => {
		const decision = reserveAttempt(
			[bucket('pair:1:a', THROTTLE_LIMITS.pair, 10), bucket('account:a', THROTTLE_LIMITS.account, 2)],
			now
		);
		expect(decision.allowed).toBe(false);
		if (!decision.allowed) {
			expect(decision.retryAt).toEqual(new Date(minutesAgo(2).getTime() + THROTTLE_WINDOW_MS));
			expect(decision.blocked.sort()).toEqual(['account', 'pair']);
		}
	});
});

describe('after a successful sign-in', () => {
	it('starts the pair and the device afresh but only gives the shared allowances one attempt back', () => {
		expect(resetsOnSuccess('pair:1:a')).toBe(true);
		expect(resetsOnSuccess('device:n')).toBe(true);
		expect(resetsOnSuccess('account:a')).toBe(false);
		expect(resetsOnSuccess('address:1')).toBe(false);
	});
});

describe('minutesUntil', () => {
	it('rounds up and says at least one minute', () => {
		expect(minutesUntil(new Date(now.getTime() + 61_000), now)).toBe(2);
		expect(minutesUntil(new Date(now.getTime() + 1_000), now)).toBe(1);
		expect(minutesUntil(minutesAgo(1), now)).toBe(1);
	});
});
