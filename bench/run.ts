/**
 * `npm run bench`: calendar feed throughput against the built server, compared in the same run with
 * a minimal SvelteKit endpoint that returns the same bytes, plus the cost of building a feed
 * uncached. Loopback only; every load run is bounded by wrk's duration.
 *
 * Needs a build (npm run build) and Debian's wrk (apt-get install wrk). Results are printed as a
 * Markdown table to paste into bench/RESULTS.md.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createClient } from '../src/lib/server/platform/db.ts';
import { startEmbeddedPostgres } from '../src/lib/server/platform/embedded-postgres.ts';
import { freePort } from '../src/lib/server/platform/free-port.ts';
import { migrate } from '../src/lib/server/platform/migrate.ts';
import { seedBenchConference, seedBenchData } from './data.ts';

const DURATION = process.env.BENCH_DURATION ?? '10s';
const CONNECTIONS = process.env.BENCH_CONNECTIONS ?? '50';

function have(command: string): boolean {
	try {
		execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

if (!have('wrk')) {
	console.error('wrk saknas: installera det med `apt-get install wrk` och kör igen.');
	process.exit(2);
}
if (!existsSync('build/index.js')) {
	console.error('build/ saknas: kör `npm run build` först.');
	process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'samverka-bench-'));
const postgres = await startEmbeddedPostgres({ dataDir: dir });
const sql = createClient(postgres.url);
await migrate(sql);
const data = await seedBenchData(sql);
const conference = await seedBenchConference(sql);
console.log(
	`Data: ${data.meetings} möten med ${data.agendaItems} dagordningspunkter i nätverket ${data.slug};`
);
console.log(`      ${conference.sessions} programpunkter i den publicerade konferensen ${conference.slug}.`);

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const rawFile = join(dir, 'feed.ics');
const server = spawn(process.execPath, ['build'], {
	env: {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		DATABASE_URL: postgres.url,
		BENCH_RAW_FILE: rawFile
	},
	stdio: ['ignore', 'pipe', 'inherit']
});
await new Promise<void>((resolve, reject) => {
	let out = '';
	server.stdout!.on('data', (chunk: Buffer) => {
		out += chunk.toString();
		if (out.includes('Listening on')) resolve();
	});
	server.once('exit', (code) => reject(new Error(`servern avslutades (${code})`)));
});

interface WrkResult {
	name: string;
	requestsPerSecond: number;
	p99: string;
}

function wrk(name: string, path: string, headers: Record<string, string> = {}): WrkResult {
	const args = ['-t2', `-c${CONNECTIONS}`, `-d${DURATION}`, '--latency'];
	for (const [key, value] of Object.entries(headers)) args.push('-H', `${key}: ${value}`);
	const output = execFileSync('wrk', [...args, `${base}${path}`], { encoding: 'utf8' });
	const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? 0);
	const p99 = /99%\s+([\d.]+\w+)/.exec(output)?.[1] ?? '?';
	const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1];
	if (non2xx && !headers['If-None-Match']) throw new Error(`${name}: ${non2xx} svar som inte var 2xx`);
	return { name, requestsPerSecond: rps, p99 };
}

try {
	const feedPath = `/kalender/natverk/${data.slug}.ics`;

	// Uncached: every request after a change rebuilds; Server-Timing reports the build alone.
	const builds: number[] = [];
	for (let i = 0; i < 20; i++) {
		await sql`insert into calendar_changes (network_id) values (${data.networkId})`;
		const response = await fetch(`${base}${feedPath}`);
		await response.arrayBuffer();
		const timing = /build;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '');
		if (timing) builds.push(Number(timing[1]));
	}
	builds.sort((a, b) => a - b);
	const median = builds[Math.floor(builds.length / 2)];

	// the cached feed as clients get it now; the yardstick endpoint serves exactly these bytes
	const current = await fetch(`${base}${feedPath}`);
	const body = await current.text();
	const etag = current.headers.get('etag')!;
	writeFileSync(rawFile, body);
	console.log(
		`Flödet: ${(Buffer.byteLength(body) / 1024).toFixed(0)} kB, ${body.split('BEGIN:VEVENT').length - 1} händelser.`
	);
	const check = await fetch(`${base}${feedPath}`, { headers: { 'If-None-Match': etag } });
	if (check.status !== 304) throw new Error(`villkorlig begäran gav ${check.status}, inte 304`);
	await fetch(`${base}/bench/raw`).then((r) => r.arrayBuffer());
	const conferencePath = `/kalender/konferens/${conference.slug}.ics`;
	const conferenceFirst = await fetch(`${base}${conferencePath}`);
	const conferenceBody = await conferenceFirst.text();
	const conferenceBuild = /build;dur=([\d.]+)/.exec(conferenceFirst.headers.get('server-timing') ?? '')?.[1];
	console.log(
		`Konferensflödet: ${(Buffer.byteLength(conferenceBody) / 1024).toFixed(0)} kB, ${conferenceBody.split('BEGIN:VEVENT').length - 1} händelser, byggt på ${conferenceBuild} ms.`
	);
	const results = [
		wrk('Minimal SvelteKit-endpoint, samma bytes som nätverksflödet', '/bench/raw'),
		wrk('Nätverksflödet, 500 möten (200, cachat per innehållsversion)', feedPath),
		wrk('Nätverksflödet, villkorlig begäran (304)', feedPath, { 'If-None-Match': etag }),
		wrk('Konferensflödet, 120 pass (200)', conferencePath)
	];
	const [raw, feed, notModified] = results;
	const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'okänd CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
	console.log(`\nMaskin: ${machine}\nwrk: ${CONNECTIONS} anslutningar, ${DURATION} per mätning\n`);
	console.log('| Mätning | Begäranden/s | p99 | Mot minimal endpoint |');
	console.log('| --- | ---: | ---: | ---: |');
	for (const r of results) {
		console.log(
			`| ${r.name} | ${r.requestsPerSecond.toFixed(0)} | ${r.p99} | ${(r.requestsPerSecond / raw.requestsPerSecond).toFixed(2)}× |`
		);
	}
	console.log(`\nAtt bygga nätverksflödet utan cache (median av ${builds.length}): ${median?.toFixed(1)} ms`);
	console.log(`Att bygga konferensflödet utan cache (första begäran): ${conferenceBuild} ms`);
	const ok =
		feed.requestsPerSecond >= 0.8 * raw.requestsPerSecond &&
		notModified.requestsPerSecond >= feed.requestsPerSecond;
	console.log(
		ok ? 'Målet nås: flödet ≥ 0,8 × minimal endpoint och 304 minst lika snabbt.' : 'Målet nås INTE.'
	);
} finally {
	server.kill('SIGTERM');
	await new Promise((resolve) => server.once('exit', resolve));
	await sql.end();
	await postgres.stop();
	rmSync(dir, { recursive: true, force: true });
}
