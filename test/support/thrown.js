'use strict';

/**
 * The error `fn` throws, checked to be an `ErrorClass` when one is given; fails the test when `fn`
 * returns instead.
 */
function thrownBy(fn, ErrorClass) {
	try {
		fn();
	} catch (error) {
		if (ErrorClass) expect(error).toBeInstanceOf(ErrorClass);
		return error;
	}
	throw new Error(`expected ${ErrorClass?.name ?? 'an error'} to be thrown`);
}

module.exports = { thrownBy };
