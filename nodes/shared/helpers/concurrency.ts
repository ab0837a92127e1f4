export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * Runs `work` for every input with at most `limit` running at once and returns the outcomes in
 * input order. With `stopAfterFailure`, no new work starts once one has failed (outcomes of work
 * never started are undefined). How fast requests really go is up to the transport's pacer; this
 * only lets them overlap so the rate limit, not the latency, is the bound.
 */
export async function settleEach<T, R>(
	inputs: readonly T[],
	limit: number,
	work: (input: T, index: number) => Promise<R>,
	{ stopAfterFailure = false }: { stopAfterFailure?: boolean } = {},
): Promise<Array<Settled<R> | undefined>> {
	const outcomes: Array<Settled<R> | undefined> = new Array(inputs.length).fill(undefined);
	let next = 0;
	let failed = false;
	const worker = async () => {
		while (next < inputs.length && !(stopAfterFailure && failed)) {
			const index = next++;
			try {
				outcomes[index] = { ok: true, value: await work(inputs[index], index) };
			} catch (error) {
				failed = true;
				outcomes[index] = { ok: false, error };
			}
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, inputs.length)) }, worker));
	return outcomes;
}

/** The first failure in input order, if any. */
export function firstFailure<R>(
	outcomes: Array<Settled<R> | undefined>,
): { index: number; error: unknown } | undefined {
	const index = outcomes.findIndex((outcome) => outcome !== undefined && !outcome.ok);
	if (index === -1) return undefined;
	return { index, error: (outcomes[index] as { error: unknown }).error };
}
