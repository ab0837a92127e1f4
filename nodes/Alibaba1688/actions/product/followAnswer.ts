/** Following an offer: the two directions and the state each one leaves. */
export type FollowAction = 'follow' | 'unfollow';

export type FollowOutcome =
	| { done: true; changed: boolean; message: string }
	| { done: false; code: string; message: string };

/**
 * How 1688 says the offer already was in the wanted state. The doc pages define only `code` 0 =
 * success and a free `message`; 1688's other answers are Chinese or English texts, so the state is
 * recognised from the text ("已关注" already followed, "未关注" not followed).
 */
const ALREADY: Record<FollowAction, RegExp> = {
	follow: /已关注|已经关注|重复关注|关注过|already\s+(been\s+)?follow/i,
	unfollow: /未关注|没有关注|尚未关注|取消过|not\s+(been\s+)?follow|no\s+follow/i,
};

/**
 * Reads the answer of alibaba.product.follow.crossborder / unfollow.crossborder: `{code, message}`,
 * code 0 meaning done. Following an offer that is already followed (or unfollowing one that is not)
 * is done too, with `changed` false: the user asked for a state, and the offer is in it.
 */
export function readFollowAnswer(
	action: FollowAction,
	code: unknown,
	message: unknown,
): FollowOutcome {
	const text = message === undefined || message === null ? '' : String(message);
	if (code === undefined || code === null || code === '' || Number(code) === 0)
		return { done: true, changed: true, message: text };
	if (ALREADY[action].test(text)) return { done: true, changed: false, message: text };
	return { done: false, code: String(code), message: text };
}
