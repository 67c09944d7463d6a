import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/** A running `vite preview` and how to stop it. */
export interface PreviewServer {
	baseURL: string;
	stop: () => Promise<void>;
}

const HOST = '127.0.0.1';

/** Asks the kernel for a free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, HOST, () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => (port ? resolve(port) : reject(new Error('no port assigned'))));
		});
	});
}

function viteBin(root: string): string {
	const pkg = createRequire(join(root, 'package.json')).resolve('vite/package.json');
	return join(dirname(pkg), 'bin', 'vite.js');
}

/** Sends `signal` to the whole process group led by `pid`; false if the group is already gone. */
function killGroup(pid: number, signal: NodeJS.Signals): boolean {
	try {
		process.kill(-pid, signal);
		return true;
	} catch {
		return false;
	}
}

function exited(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function waitUntilAnswering(
	url: string,
	child: ChildProcess,
	output: () => string,
	timeoutMs: number
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null || child.signalCode !== null) {
			throw new Error(
				`vite preview exited early (${child.exitCode ?? child.signalCode}):\n${output()}`
			);
		}
		try {
			const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
			await res.body?.cancel();
			if (res.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms:\n${output()}`);
}

/**
 * Starts `vite preview` for the built site on 127.0.0.1 at a free port. The server runs in its own
 * process group so `stop()` (and an emergency exit hook) can end it together with any children.
 */
export async function startPreview(root: string, timeoutMs = 30_000): Promise<PreviewServer> {
	const port = await freePort();
	const baseURL = `http://${HOST}:${port}`;
	const child = spawn(
		process.execPath,
		[viteBin(root), 'preview', '--host', HOST, '--port', String(port), '--strictPort'],
		{ cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env } }
	);
	const pid = child.pid;
	if (pid === undefined) throw new Error('could not spawn vite preview');

	// Keep the last few KB of output for error messages; always drain the pipes.
	let log = '';
	const keep = (chunk: Buffer) => {
		log = (log + chunk.toString()).slice(-8_000);
		if (process.env.E2E_DEBUG) process.stderr.write(chunk);
	};
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);

	// Last resort if the runner dies without teardown (e.g. an uncaught error): synchronous kill.
	const onExit = () => killGroup(pid, 'SIGKILL');
	process.once('exit', onExit);

	const stop = async () => {
		process.removeListener('exit', onExit);
		if (!killGroup(pid, 'SIGTERM')) return;
		const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), 5_000);
		await exited(child);
		clearTimeout(timer);
		// The group leader may exit before its children: make sure nothing of the group is left.
		killGroup(pid, 'SIGKILL');
	};

	try {
		await waitUntilAnswering(`${baseURL}/`, child, () => log, timeoutMs);
	} catch (error) {
		await stop();
		throw error;
	}
	return { baseURL, stop };
}
