/**
 * Runs the built server (`node build`) the way a newcomer does: plain http on localhost, no
 * DATABASE_URL, so it starts its embedded PostgreSQL in a fresh data directory and loads the demo
 * data. Run `npm run build` first (npm run test:e2e does).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../src/lib/server/platform/free-port.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

export default async function setup(project: TestProject) {
	if (!existsSync('build/index.js')) throw new Error('build/ saknas: kör `npm run build` först.');
	const dataDir = mkdtempSync(join(tmpdir(), 'samverka-e2e-'));
	const port = await freePort();
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir };
	delete env.DATABASE_URL;
	delete env.PUBLIC_ORIGIN;
	delete env.SMTP_URL;
	const server: ChildProcess = spawn(process.execPath, ['build'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`Servern startade inte:\n${output}`)), 60_000);
		const onData = (chunk: Buffer) => {
			output += chunk.toString();
			if (output.includes('Listening on')) {
				clearTimeout(timer);
				resolve();
			}
		};
		server.stdout?.on('data', onData);
		server.stderr?.on('data', onData);
		server.once('exit', (code) => reject(new Error(`Servern avslutades (${code}):\n${output}`)));
	});
	project.provide('baseUrl', `http://localhost:${port}`);

	return async () => {
		// The fallback timer is cleared once the server has exited: left running, it kept vitest
		// alive for its full 10 s after every run ("something prevents Vite server from exiting").
		if (server.exitCode === null) {
			await new Promise<void>((resolve) => {
				const fallback = setTimeout(() => {
					server.kill('SIGKILL');
					resolve();
				}, 10_000);
				server.once('exit', () => {
					clearTimeout(fallback);
					resolve();
				});
				server.kill('SIGTERM');
			});
		}
		rmSync(dataDir, { recursive: true, force: true });
	};
}
