/**
 * Login throttling policy, after OWASP's guidance against both password guessing and lock-out
 * ("Blocking Brute Force Attacks", "Slow Down Online Guessing Attacks with Device Cookies"):
 *
 * - A browser that has signed in to the account before carries a signed device cookie and only
 *   spends its own allowance (`device`). Failures from anywhere else never touch it, so a stranger
 *   guessing the password cannot lock the owner out.
 * - Every other browser is an untrusted client and spends three allowances at once: the account
 *   and address pair (`pair`), the address (`address`, higher, so one person behind a
 *   municipality's NAT does not block everyone behind it) and the account's shared allowance for
 *   untrusted clients (`account`, which caps guessing from many addresses).
 *
 * Every allowance is a fixed window of THROTTLE_WINDOW_MS: an attempt is reserved *before* the
 * password is checked, so parallel requests count, and a refused attempt spends nothing. Pure, so
 * the rules are tested without a clock or a database (the atomic reservation is in
 * src/lib/server/auth/throttle.ts).
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

export type BucketKind = 'pair' | 'address' | 'account' | 'device';

export const THROTTLE_LIMITS: Record<BucketKind, number> = {
	pair: 5,
	address: 50,
	account: 10,
	device: 10
};

/** The limits by name, for tests and messages. */
export const MAX_FAILURES_PER_PAIR = THROTTLE_LIMITS.pair;
export const MAX_FAILURES_PER_ACCOUNT = THROTTLE_LIMITS.account;
export const MAX_FAILURES_PER_IP = THROTTLE_LIMITS.address;
export const MAX_FAILURES_PER_DEVICE = THROTTLE_LIMITS.device;

/** One allowance as stored: attempts made in the window that started at `windowStart`. */
export interface Bucket {
	key: string;
	attempts: number;
	windowStart: Date | null;
}

export type Reservation =
	{ allowed: true; buckets: Bucket[] } | { allowed: false; retryAt: Date; blocked: BucketKind[] };

/** What is known about one sign-in attempt. `device` is the nonce of a valid device cookie. */
export interface AttemptContext {
	email: string;
	ip: string;
	device: string | null;
}

/** The allowances one attempt spends. Keys are sorted, so row locks are always taken in one order. */
export function bucketKeys({ email, ip, device }: AttemptContext): string[] {
	const keys = device
		? [`device:${device}`]
		: [`pair:${ip}:${email.toLowerCase()}`, `address:${ip}`, `account:${email.toLowerCase()}`];
	return keys.sort();
}

export function kindOf(key: string): BucketKind {
	const kind = key.slice(0, key.indexOf(':'));
	if (kind in THROTTLE_LIMITS) return kind as BucketKind;
	throw new RangeError(`Okänd spärr: ${key}`);
}

/** Attempts that still count: a window that has passed counts as empty. */
export function currentAttempts(bucket: Bucket, now: Date): number {
	if (!bucket.windowStart) return 0;
	return now.getTime() - bucket.windowStart.getTime() >= THROTTLE_WINDOW_MS ? 0 : bucket.attempts;
}

/**
 * Reserves one attempt in every bucket, or none if any of them is used up. On refusal, `retryAt` is
 * when the last of the used-up windows ends.
 */
export function reserveAttempt(buckets: Bucket[], now: Date): Reservation {
	const blocked = buckets.filter((b) => currentAttempts(b, now) >= THROTTLE_LIMITS[kindOf(b.key)]);
	if (blocked.length > 0) {
		const retryAt = Math.max(...blocked.map((b) => b.windowStart!.getTime() + THROTTLE_WINDOW_MS));
		return { allowed: false, retryAt: new Date(retryAt), blocked: blocked.map((b) => kindOf(b.key)) };
	}
	return {
		allowed: true,
		buckets: buckets.map((b) => {
			const current = currentAttempts(b, now);
			return { key: b.key, attempts: current + 1, windowStart: current === 0 ? now : b.windowStart };
		})
	};
}

/**
 * After a successful sign-in the attempt was no failure. The pair and the device start afresh (the
 * person knows the password); the address and the account's shared allowance only get the one
 * attempt back, so the owner signing in does not hand a guesser a fresh allowance.
 */
export function resetsOnSuccess(key: string): boolean {
	const kind = kindOf(key);
	return kind === 'pair' || kind === 'device';
}

/** Whole minutes until `retryAt`, at least 1, for "Försök igen om … minuter". */
export function minutesUntil(retryAt: Date, now: Date): number {
	return Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
}
