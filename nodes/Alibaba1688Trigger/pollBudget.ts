import type { IPollFunctions } from 'n8n-workflow';

/** What n8n gives a poll when it says nothing (its own default). */
const DEFAULT_BUDGET_MS = 5 * 60 * 1000;
/** Share of the budget never planned for: the poll must end, and hand over, before n8n gives up on it. */
const MARGIN_SHARE = 0.1;

/** n8n's time limit for this poll; older n8n versions have no such call and allow five minutes. */
export function pollBudgetMs(context: IPollFunctions): number {
	const budget = typeof context.getPollBudgetMs === 'function' ? Number(context.getPollBudgetMs()) : NaN;
	return Number.isFinite(budget) && budget > 0 ? budget : DEFAULT_BUDGET_MS;
}

/**
 * Time keeping of one poll that works in steps (a batch of offers, a page of orders). Another step
 * starts only while twice the slowest step so far, and a tenth of the budget, are still left.
 */
export class PollBudget {
	private slowestStepMs = 0;

	constructor(
		private readonly budgetMs: number,
		private readonly startedAt: number,
	) {}

	allowsAnotherStep(now: number): boolean {
		const reserve = Math.max(this.slowestStepMs * 2, this.budgetMs * MARGIN_SHARE);
		return now + reserve <= this.startedAt + this.budgetMs;
	}

	stepTook(ms: number): void {
		this.slowestStepMs = Math.max(this.slowestStepMs, ms);
	}
}
