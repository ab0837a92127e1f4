/** Bad input found before any request is sent; `field` is the parameter's display name. */
export class InputError extends Error {
	readonly field: string;

	readonly hint?: string;

	constructor(field: string, problem: string, hint?: string) {
		super(`${field}: ${problem}`);
		this.name = 'InputError';
		this.field = field;
		this.hint = hint;
	}
}
