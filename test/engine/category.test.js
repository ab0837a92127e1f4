'use strict';
const { sandboxCredentials } = require('../support/engine');
const { operationRunner, useSandbox } = require('../support/sandboxSuite');
const { runListSearch } = require('../support/listSearch');

const CATEGORY_API = 'com.alibaba.product:alibaba.category.get-1';

const sandbox = useSandbox();

const getCategory = operationRunner(sandbox, 'category', 'get');
const getChildren = operationRunner(sandbox, 'category', 'getChildren');
const byId = (value) => ({ __rl: true, mode: 'id', value: String(value) });
const categories = () => [...sandbox().store.categories.values()];
const search = (filter, paginationToken) =>
	runListSearch({
		method: 'searchCategories',
		credentials: sandboxCredentials(sandbox()),
		filter,
		paginationToken,
	});

describe('Category → Get and Get Children through the n8n engine', () => {
	test('Get: a category with its level, leaf flag, parent and children', async () => {
		const { items, error } = await getCategory({ categoryId: byId(10166) });
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				categoryId: '10166',
				name: '女装',
				level: 1,
				isLeaf: false,
				parentId: '0',
				minOrderQuantity: 1,
				children: [
					{ categoryId: '1031910', name: '女式上装', isLeaf: false },
					{ categoryId: '1031911', name: '裙装', isLeaf: false },
				],
			},
		]);
		expect(sandbox().requests.map((r) => [r.api, r.params.categoryID])).toEqual([
			[CATEGORY_API, '10166'],
		]);
	});

	test('Get: the root (0) lists the top-level categories; a leaf has no children; picked from the list', async () => {
		const root = (await getCategory({ categoryId: byId(0) })).items[0];
		const tops = categories().filter((c) => c.level === 1);
		expect(root.children.map((c) => c.categoryId)).toEqual(tops.map((c) => String(c.categoryID)));
		const leaf = (
			await getCategory({
				categoryId: {
					__rl: true,
					mode: 'list',
					value: '103191101',
					cachedResultName: '女装 › 裙装 › 连衣裙',
				},
			})
		).items[0];
		expect(leaf).toMatchObject({
			categoryId: '103191101',
			name: '连衣裙',
			level: 3,
			isLeaf: true,
			parentId: '1031911',
			children: [],
		});
	});

	test('Get Children: one item per child, each knowing its parent; empty parent = top level; Limit applies', async () => {
		const { items } = await getChildren({ categoryId: byId(1031910), returnAll: true });
		expect(items).toEqual([
			{ categoryId: '103191001', name: 'T恤', isLeaf: true, parentId: '1031910' },
			{ categoryId: '103191002', name: '衬衫', isLeaf: true, parentId: '1031910' },
		]);
		const top = await getChildren({ returnAll: true });
		expect(top.items.map((c) => c.name)).toEqual(
			categories()
				.filter((c) => c.level === 1)
				.map((c) => c.name),
		);
		expect(sandbox().requests.at(-1).params.categoryID).toBe('0');
		const limited = await getChildren({ limit: 2 });
		expect(limited.items).toHaveLength(2);
	});

	test("an unknown category is an API error with 1688's code", async () => {
		const unknown = await getCategory({ categoryId: byId(42) });
		expect(unknown.error.name).toBe('NodeApiError');
		expect(unknown.error.message).toMatch(/alibaba\.category\.get-1 failed: .*\[500_1\]/);
	});
});

describe("the category picker (listSearch searchCategories) through n8n's load-options context", () => {
	test('page 1 lists the top-level categories; following pages walk the tree depth first, every category once', async () => {
		const first = await search();
		const tops = categories().filter((c) => c.level === 1);
		expect(first.results).toEqual(tops.map((c) => ({ name: c.name, value: String(c.categoryID) })));
		expect(first.paginationToken).toEqual(expect.any(String));

		const second = await search(undefined, first.paginationToken);
		expect(second.results).toEqual([
			{ name: '女装 › 女式上装', value: '1031910' },
			{ name: '女装 › 裙装', value: '1031911' },
		]);
		const third = await search(undefined, second.paginationToken);
		expect(third.results).toEqual([
			{ name: '女装 › 女式上装 › T恤', value: '103191001' },
			{ name: '女装 › 女式上装 › 衬衫', value: '103191002' },
		]);

		const seen = [...first.results, ...second.results, ...third.results];
		let token = third.paginationToken;
		let pages = 3;
		while (token) {
			const page = await search(undefined, token);
			seen.push(...page.results);
			token = page.paginationToken;
			pages++;
		}
		expect(seen).toHaveLength(categories().length);
		expect(new Set(seen.map((r) => r.value))).toEqual(
			new Set(categories().map((c) => String(c.categoryID))),
		);
		// One category read per page: the root, then every category that has children.
		expect(pages).toBe(1 + categories().filter((c) => !c.isLeaf).length);
	});

	test('a filter keeps matching paths, reading on until a page has a match', async () => {
		const page = await search('连衣裙');
		expect(page.results).toEqual([{ name: '女装 › 裙装 › 连衣裙', value: '103191101' }]);
		expect(sandbox().requests.length).toBeGreaterThan(1);
		expect(sandbox().requests.length).toBeLessThanOrEqual(8);
		const shoes = [];
		let token;
		do {
			const next = await search('鞋', token);
			shoes.push(...next.results);
			token = next.paginationToken;
		} while (token);
		const pathOf = (c) =>
			c.level === 1
				? c.name
				: `${pathOf(sandbox().store.categories.get(c.parentIDs[0]))} › ${c.name}`;
		const expected = categories()
			.filter((c) => pathOf(c).includes('鞋'))
			.map((c) => ({ name: pathOf(c), value: String(c.categoryID) }));
		expect(expected.length).toBeGreaterThan(3);
		const byValue = (a, b) => a.value.localeCompare(b.value);
		expect([...shoes].sort(byValue)).toEqual(expected.sort(byValue));
	});

	test('a category ID as filter shows that category and its children', async () => {
		const page = await search('1042961');
		expect(page).toEqual({
			results: [
				{ name: '旅行箱包 (1042961)', value: '1042961' },
				{ name: '旅行箱包 › 拉杆箱', value: '104296101' },
				{ name: '旅行箱包 › 双肩包', value: '104296102' },
			],
		});
		expect(sandbox().requests).toHaveLength(1);
	});
});

const BY_ID_API = 'com.alibaba.fenxiao.crossborder:category.translation.getById-1';
const BY_KEYWORD_API = 'com.alibaba.fenxiao.crossborder:category.translation.getByKeyword-1';
const searchCategory = operationRunner(sandbox, 'category', 'search', 'crossBorder');
const getTranslated = operationRunner(sandbox, 'category', 'get', 'crossBorder');
const childrenTranslated = operationRunner(sandbox, 'category', 'getChildren', 'crossBorder');

describe("categories in the user's language (category.translation.*)", () => {
	test('Get with a Language: Chinese and translated names, from getById', async () => {
		const { items, error } = await getTranslated({
			categoryId: byId(10166),
			categoryLanguage: 'de',
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				categoryId: '10166',
				name: '女装',
				nameTranslated: "Women's Clothing",
				language: 'de',
				level: 1,
				isLeaf: false,
				parentId: '0',
				children: [
					{
						categoryId: '1031910',
						name: '女式上装',
						nameTranslated: "Women's Tops",
						isLeaf: false,
					},
					{
						categoryId: '1031911',
						name: '裙装',
						nameTranslated: 'Skirts & Dresses',
						isLeaf: false,
					},
				],
			},
		]);
		expect(sandbox().requests.map((r) => [r.api, r.params.categoryId, r.params.language])).toEqual([
			[BY_ID_API, '10166', 'de'],
		]);
	});

	test('Get Children with a Language; without one the Chinese API is used as before', async () => {
		const { items } = await childrenTranslated({
			categoryId: byId(1038380),
			categoryLanguage: 'en',
			returnAll: true,
		});
		expect(items).toEqual([
			{
				categoryId: '103838001',
				name: '跑步鞋',
				nameTranslated: 'Running shoes',
				isLeaf: true,
				parentId: '1038380',
			},
			{
				categoryId: '103838002',
				name: '板鞋',
				nameTranslated: 'Skate shoes',
				isLeaf: true,
				parentId: '1038380',
			},
		]);
		sandbox().clearRequests();
		await getChildren({ categoryId: byId(1038380), returnAll: true });
		expect(sandbox().requests.map((r) => r.api)).toEqual([CATEGORY_API]);
	});

	test('Search: categories whose Chinese or translated name contains the text; Limit', async () => {
		const { items, error } = await searchCategory({
			categoryName: 'shoes',
			language: 'en',
			returnAll: true,
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				categoryId: '1038378',
				name: '鞋靴',
				nameTranslated: 'Shoes',
				language: 'en',
				level: 1,
				isLeaf: false,
				parentId: '0',
			},
			{
				categoryId: '103838001',
				name: '跑步鞋',
				nameTranslated: 'Running shoes',
				language: 'en',
				level: 3,
				isLeaf: true,
				parentId: '1038380',
			},
			{
				categoryId: '103838002',
				name: '板鞋',
				nameTranslated: 'Skate shoes',
				language: 'en',
				level: 3,
				isLeaf: true,
				parentId: '1038380',
			},
		]);
		expect(sandbox().requests[0]).toMatchObject({
			api: BY_KEYWORD_API,
			params: expect.objectContaining({ cateName: 'shoes', language: 'en' }),
		});
		const chinese = categories().filter((c) => c.name.includes('鞋'));
		expect(
			(await searchCategory({ categoryName: '鞋', returnAll: true })).items
				.map((c) => c.categoryId)
				.sort(),
		).toEqual(chinese.map((c) => String(c.categoryID)).sort());
		expect((await searchCategory({ categoryName: '鞋', limit: 2 })).items).toHaveLength(2);
	});

	test('the picker shows translated paths (with the Chinese name) when the node has a Language, and matches either', async () => {
		const translated = (filter, paginationToken) =>
			runListSearch({
				method: 'searchCategories',
				credentials: sandboxCredentials(sandbox(), {}, 'crossBorder'),
				parameters: { language: 'en' },
				filter,
				paginationToken,
			});
		const first = await translated();
		expect(first.results.slice(0, 2)).toEqual([
			{ name: "Women's Clothing (女装)", value: '10166' },
			{ name: "Men's Clothing (男装)", value: '10165' },
		]);
		expect(sandbox().requests.map((r) => [r.api, r.params.language])).toEqual([[BY_ID_API, 'en']]);
		expect((await translated('dress')).results).toEqual([
			{ name: "Women's Clothing › Skirts & Dresses (裙装)", value: '1031911' },
		]);
		expect((await translated('连衣裙')).results).toEqual([
			{ name: "Women's Clothing › Skirts & Dresses › Dress (连衣裙)", value: '103191101' },
		]);
		expect((await translated('1042961')).results[1]).toEqual({
			name: 'Travel Bags › Trolley case (拉杆箱)',
			value: '104296101',
		});
		// Category → Get's own Language field (Chinese Only here) wins over another operation's
		const chineseOnly = await runListSearch({
			method: 'searchCategories',
			credentials: sandboxCredentials(sandbox()),
			parameters: { categoryLanguage: '', language: 'en' },
		});
		expect(chineseOnly.results[0]).toEqual({ name: '女装', value: '10166' });
		// an expression as Language is not known while editing: Chinese names
		const expression = await runListSearch({
			method: 'searchCategories',
			credentials: sandboxCredentials(sandbox()),
			parameters: { language: '={{ $json.lang }}' },
		});
		expect(expression.results[0]).toEqual({ name: '女装', value: '10166' });
	});
});
