'use strict';
/**
 * The operation registry of the 1688 node (CONTRIBUTING.md, "Adding an operation"): every Resource and
 * Operation the editor offers runs a module with its fields and its execute, every operation module is
 * offered, and an operation's fields show only for it. That every API has a sandbox handler and a sample
 * is test/contract/drift.test.js.
 */
const fs = require('node:fs');
const path = require('node:path');

const ACTIONS = path.resolve(__dirname, '../../dist/nodes/Alibaba1688/actions');
const { Alibaba1688 } = require('../../dist/nodes/Alibaba1688/Alibaba1688.node');
const { resources } = require(path.join(ACTIONS, 'router'));

const properties = new Alibaba1688().description.properties;
const resourceOptions = properties.find((p) => p.name === 'resource').options.map((o) => o.value);

function operationProperty(resource) {
	return properties.find(
		(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource),
	);
}

/** Every `<op>.operation.js` under actions/, with the resource folder it lives in. */
function operationFiles() {
	return fs
		.readdirSync(ACTIONS, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.operation.js'))
		.map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

/** The resource module of a folder: `<folder>/<Name>.resource.js`. */
function resourceModule(folder) {
	const file = fs
		.readdirSync(path.join(ACTIONS, folder))
		.find((name) => name.endsWith('.resource.js'));
	return file && require(path.join(ACTIONS, folder, file));
}

describe("the 1688 node's operations", () => {
	test("the router runs exactly the resources the Resource field offers, each from its folder's resource module", () => {
		expect(resourceOptions.length).toBeGreaterThanOrEqual(7);
		expect(Object.keys(resources).sort()).toEqual([...resourceOptions].sort());
		for (const resource of resourceOptions)
			expect(resources[resource]).toBe(resourceModule(resource).operations);
	});

	test.each(resourceOptions)(
		'%s: each Operation option runs a module with its fields and an execute, and each module is an option',
		(resource) => {
			const offered = operationProperty(resource).options.map((o) => o.value);
			expect(Object.keys(resources[resource]).sort()).toEqual([...offered].sort());
			for (const [name, operation] of Object.entries(resources[resource])) {
				expect({
					name,
					fields: Array.isArray(operation.description),
					execute: typeof operation.execute,
				}).toEqual({ name, fields: true, execute: 'function' });
			}
		},
	);

	test.each(resourceOptions)(
		'%s: the resource lists every field of its operations, each shown only for its own operation',
		(resource) => {
			const listed = resourceModule(resource).description;
			for (const [name, operation] of Object.entries(resources[resource])) {
				for (const field of operation.description) {
					expect(listed).toContain(field);
					expect({ field: field.name, show: field.displayOptions?.show }).toEqual({
						field: field.name,
						show: expect.objectContaining({ resource: [resource], operation: [name] }),
					});
				}
			}
		},
	);

	test('no orphan: every *.operation.js under actions/ is an operation of the resource whose folder holds it', () => {
		const files = operationFiles();
		expect(files.length).toBeGreaterThanOrEqual(30);
		const orphans = files.filter((file) => {
			const folder = path.basename(path.dirname(file));
			return !Object.values(resources[folder] ?? {}).includes(require(file));
		});
		expect(orphans.map((file) => path.relative(ACTIONS, file))).toEqual([]);
	});

	test("the node offers every resource's fields once", () => {
		for (const resource of resourceOptions) {
			for (const field of resourceModule(resource).description)
				expect(properties.filter((p) => p === field)).toHaveLength(1);
		}
	});
});
