'use strict';
const { DateTime } = require('luxon');
const { toGatewayTime, fromGatewayTime } = require('../../dist/nodes/shared/helpers/chinaTime');

describe('China time conversion', () => {
	test('an instant in any zone becomes the same instant in China time', () => {
		expect(toGatewayTime('2024-01-01T00:00:00Z')).toBe('20240101080000000+0800');
		expect(toGatewayTime('2024-03-10T23:30:15.250-05:00')).toBe('20240311123015250+0800');
		expect(toGatewayTime('2023-12-31T20:00:00.000+01:00')).toBe('20240101030000000+0800');
	});

	test('date-times without a zone, and plain dates, are China time', () => {
		expect(toGatewayTime('2024-06-01T09:15:00')).toBe('20240601091500000+0800');
		expect(toGatewayTime('2024-06-01 09:15')).toBe('20240601091500000+0800');
		expect(toGatewayTime('2024-06-01')).toBe('20240601000000000+0800');
	});

	test('Date, epoch milliseconds, luxon DateTime and gateway text are accepted', () => {
		expect(toGatewayTime(new Date('2024-01-01T00:00:00Z'))).toBe('20240101080000000+0800');
		expect(toGatewayTime(Date.UTC(2024, 0, 1))).toBe('20240101080000000+0800');
		expect(toGatewayTime(DateTime.fromISO('2024-01-01T10:00:00', { zone: 'Europe/Berlin' }))).toBe(
			'20240101170000000+0800',
		);
		expect(toGatewayTime('20240101080000000+0800')).toBe('20240101080000000+0800');
	});

	test('anything else is not a date', () => {
		for (const bad of ['', 'yesterday', '2024-13-45', null, undefined, {}, NaN])
			expect(toGatewayTime(bad)).toBeUndefined();
	});

	test('gateway times become ISO 8601 with their offset', () => {
		expect(fromGatewayTime('20240101080000000+0800')).toBe('2024-01-01T08:00:00.000+08:00');
		expect(fromGatewayTime('20240101080000+0800')).toBe('2024-01-01T08:00:00.000+08:00');
		expect(Date.parse(fromGatewayTime('20240101080000000+0800'))).toBe(Date.UTC(2024, 0, 1));
		expect(fromGatewayTime('2024-01-01')).toBeUndefined();
		expect(fromGatewayTime(20240101)).toBeUndefined();
	});
});
