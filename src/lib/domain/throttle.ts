/**
 * Login throttling policy: after repeated failures for one account, or from one address, further
 * attempts are refused until the window has passed. Pure, so the rule is tested without a clock.
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAt: Date };

/**
 * `accountFailures` are the account's failures since its last successful sign-in, `ipFailures` the
 * address's failures; both only need to cover the last window. The block lifts when the oldest
 * failure that counts towards the limit leaves the window.
 */
export function decideThrottle(accountFailures: Date[], ipFailures: Date[], now: Date): ThrottleDecision {
	const retryAts = [
		retryAt(accountFailures, MAX_FAILURES_PER_ACCOUNT, now),
		retryAt(ipFailures, MAX_FAILURES_PER_IP, now)
	].filter((d): d is Date => d !== null);
	if (retryAts.length === 0) return { allowed: true };
	return {
		allowed: false,
		retryAt: new Date(Math.max(...retryAts.map((d) => d.getTime())))
	};
}

function retryAt(failures: Date[], limit: number, now: Date): Date | null {
	const recent = failures
		.filter((d) => now.getTime() - d.getTime() < THROTTLE_WINDOW_MS)
		.sort((a, b) => b.getTime() - a.getTime());
	if (recent.length < limit) return null;
	// the limit-th most recent failure decides when the count drops below the limit again
	return new Date(recent[limit - 1].getTime() + THROTTLE_WINDOW_MS);
}
