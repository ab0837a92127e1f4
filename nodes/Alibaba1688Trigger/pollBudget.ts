import type { IPollFunctions } from 'n8n-workflow';

/** What n8n gives a poll when it says nothing (its own default). */
const DEFAULT_BUDGET_MS = 5 * 60 * 1000;
/** Share of the budget never planned for: the poll must end, and hand over, before n8n gives up on it. */
const MARGIN_SHARE = 0.1;

/** n8n's time limit for this poll; older n8n versions have no such call and allow five minutes. */
export function pollBudgetMs(context: IPollFunctions): number {
	const budget =
		typeof context.getPollBudgetMs === 'function' ? Number(context.getPollBudgetMs()) : NaN;
	return Number.isFinite(budget) && budget > 0 ? budget : DEFAULT_BUDGET_MS;
}

/** How many of the latest steps predict the next one: a slow first step (cold start) soon stops counting. */
const RECENT_STEPS = 4;

/**
 * Time keeping of one poll that works in steps (a batch of offers, a page of orders). Another step
 * starts only while twice the slowest of the latest steps, and a tenth of the budget, are still left.
 */
export class PollBudget {
	private readonly recentStepsMs: number[] = [];

	private steps = 0;

	constructor(
		private readonly budgetMs: number,
		private readonly startedAt: number,
	) {}

	/** Steps run to their end so far. */
	get stepsTaken(): number {
		return this.steps;
	}

	allowsAnotherStep(now: number): boolean {
		const reserve = Math.max(Math.max(0, ...this.recentStepsMs) * 2, this.budgetMs * MARGIN_SHARE);
		return now + reserve <= this.startedAt + this.budgetMs;
	}

	stepTook(ms: number): void {
		this.steps++;
		this.recentStepsMs.push(ms);
		if (this.recentStepsMs.length > RECENT_STEPS) this.recentStepsMs.shift();
	}

	/** Runs one step and records how long it took (a step that fails is not counted). */
	async step<T>(work: () => Promise<T>): Promise<T> {
		const startedAt = Date.now();
		const result = await work();
		this.stepTook(Date.now() - startedAt);
		return result;
	}
}
