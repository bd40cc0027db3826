/**
 * Sign-in allowances are counters in PostgreSQL, so the limits hold across several app instances
 * and under parallel requests: one transaction locks the attempt's counters (always in the same
 * order, so two attempts cannot deadlock), decides with the pure rules of
 * src/lib/domain/platform/throttle.ts and reserves the attempt *before* the password is checked.
 */
import {
	bucketKeys,
	resetsOnSuccess,
	reserveAttempt,
	type AttemptContext,
	type Bucket
} from '../../domain/platform/throttle.ts';
import { sql, type Db } from '../platform/db.ts';

export type LoginReservation = { allowed: true; buckets: Bucket[] } | { allowed: false; retryAt: Date };

export async function reserveLoginAttempt(
	attempt: AttemptContext,
	now = new Date()
): Promise<LoginReservation> {
	const keys = bucketKeys(attempt);
	return sql.begin(async (tx) => {
		await tx`
			insert into login_throttle ${tx(keys.map((bucket) => ({ bucket })))}
			on conflict (bucket) do nothing`;
		const rows = await tx<{ bucket: string; attempts: number; windowStart: Date | null }[]>`
			select bucket, attempts, window_start from login_throttle
			where bucket in ${tx(keys)} order by bucket for update`;
		const decision = reserveAttempt(
			rows.map((row) => ({ key: row.bucket, attempts: row.attempts, windowStart: row.windowStart })),
			now
		);
		if (!decision.allowed) return { allowed: false as const, retryAt: decision.retryAt };
		await store(tx, decision.buckets);
		return { allowed: true as const, buckets: decision.buckets };
	});
}

/** A successful sign-in gives the reserved attempt back (see `resetsOnSuccess`). */
export async function releaseLoginAttempt(buckets: Bucket[]): Promise<void> {
	await sql.begin(async (tx) => {
		for (const bucket of [...buckets].sort((a, b) => (a.key < b.key ? -1 : 1))) {
			// only the window that was reserved in: a window started since then is left alone
			await tx`
				update login_throttle
				set attempts = case when ${resetsOnSuccess(bucket.key)}::boolean then 0 else greatest(attempts - 1, 0) end
				where bucket = ${bucket.key} and window_start = ${bucket.windowStart}`;
		}
	});
}

async function store(tx: Db, buckets: Bucket[]): Promise<void> {
	for (const bucket of buckets) {
		await tx`
			update login_throttle set attempts = ${bucket.attempts}, window_start = ${bucket.windowStart}
			where bucket = ${bucket.key}`;
	}
}

/** Windows long past say nothing about the present; keep the table small. */
export async function pruneLoginAttempts(): Promise<void> {
	await sql`delete from login_throttle where window_start is null or window_start < now() - interval '1 day'`;
}
