/** Sign-in attempts are stored in PostgreSQL so the limits hold across several app instances. */
import { decideThrottle, THROTTLE_WINDOW_MS, type ThrottleDecision } from '../../domain/throttle.ts';
import { sql } from '../db.ts';

export async function checkLoginThrottle(
	email: string,
	ip: string,
	now = new Date()
): Promise<ThrottleDecision> {
	const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
	const account = await sql<{ attemptedAt: Date }[]>`
		select attempted_at from login_attempts
		where email = ${email} and not succeeded and attempted_at > ${since}
			and attempted_at > coalesce(
				(select max(attempted_at) from login_attempts where email = ${email} and succeeded), '-infinity')`;
	const address = await sql<{ attemptedAt: Date }[]>`
		select attempted_at from login_attempts
		where ip = ${ip} and not succeeded and attempted_at > ${since}`;
	return decideThrottle(
		account.map((r) => r.attemptedAt),
		address.map((r) => r.attemptedAt),
		now
	);
}

export async function recordLoginAttempt(email: string, ip: string, succeeded: boolean): Promise<void> {
	await sql`insert into login_attempts (email, ip, succeeded) values (${email}, ${ip}, ${succeeded})`;
}

/** Old attempts say nothing about the present; keep the table small. */
export async function pruneLoginAttempts(): Promise<void> {
	await sql`delete from login_attempts where attempted_at < now() - interval '1 day'`;
}
