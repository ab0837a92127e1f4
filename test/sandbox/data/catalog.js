'use strict';
/**
 * Fixed vocabulary for the seeded catalogue: the 3-level category tree, SKU attribute sets,
 * colours, title words, suppliers and addresses (Chinese with English translations).
 */

/** Spec attribute sets by kind: [attributeID, name, nameTrans, values[[zh, en]]] */
const SPEC_KINDS = {
	apparel: {
		attributeID: 450,
		name: '尺码',
		nameTrans: 'Size',
		values: [
			['S', 'S'],
			['M', 'M'],
			['L', 'L'],
			['XL', 'XL'],
			['XXL', 'XXL'],
		],
	},
	shoes: {
		attributeID: 450,
		name: '尺码',
		nameTrans: 'Size',
		values: [
			['37', '37'],
			['38', '38'],
			['39', '39'],
			['40', '40'],
			['41', '41'],
			['42', '42'],
		],
	},
	spec: {
		attributeID: 1654,
		name: '规格',
		nameTrans: 'Specification',
		values: [
			['小号', 'Small'],
			['中号', 'Medium'],
			['大号', 'Large'],
		],
	},
	capacity: {
		attributeID: 1654,
		name: '容量',
		nameTrans: 'Capacity',
		values: [
			['350ml', '350ml'],
			['500ml', '500ml'],
			['750ml', '750ml'],
		],
	},
	phone: {
		attributeID: 1654,
		name: '适用型号',
		nameTrans: 'Compatible model',
		values: [
			['iPhone 15', 'iPhone 15'],
			['iPhone 15 Pro', 'iPhone 15 Pro'],
			['iPhone 16', 'iPhone 16'],
		],
	},
	length: {
		attributeID: 1654,
		name: '长度',
		nameTrans: 'Length',
		values: [
			['1米', '1m'],
			['1.5米', '1.5m'],
			['2米', '2m'],
		],
	},
	none: null,
};

const COLOUR = { attributeID: 3216, name: '颜色', nameTrans: 'Color' };
const COLOURS = [
	['黑色', 'Black'],
	['白色', 'White'],
	['红色', 'Red'],
	['蓝色', 'Blue'],
	['灰色', 'Grey'],
	['粉色', 'Pink'],
	['绿色', 'Green'],
	['卡其色', 'Khaki'],
];

/** top → second → leaves: [id, zh, en, children] ; leaf: [zh, en, unitZh, unitEn, specKind] */
const CATEGORY_TREE = [
	[
		10166,
		'女装',
		"Women's Clothing",
		[
			[
				1031910,
				'女式上装',
				"Women's Tops",
				[
					['T恤', 'T-shirt', '件', 'piece', 'apparel'],
					['衬衫', 'Shirt', '件', 'piece', 'apparel'],
				],
			],
			[
				1031911,
				'裙装',
				'Skirts & Dresses',
				[
					['连衣裙', 'Dress', '件', 'piece', 'apparel'],
					['半身裙', 'Skirt', '件', 'piece', 'apparel'],
				],
			],
		],
	],
	[
		10165,
		'男装',
		"Men's Clothing",
		[
			[
				1031920,
				'男式外套',
				"Men's Outerwear",
				[
					['夹克', 'Jacket', '件', 'piece', 'apparel'],
					['卫衣', 'Hoodie', '件', 'piece', 'apparel'],
				],
			],
			[
				1031921,
				'男式裤装',
				"Men's Trousers",
				[
					['牛仔裤', 'Jeans', '条', 'piece', 'apparel'],
					['休闲裤', 'Casual pants', '条', 'piece', 'apparel'],
				],
			],
		],
	],
	[
		1038378,
		'鞋靴',
		'Shoes',
		[
			[
				1038380,
				'运动鞋',
				'Sneakers',
				[
					['跑步鞋', 'Running shoes', '双', 'pair', 'shoes'],
					['板鞋', 'Skate shoes', '双', 'pair', 'shoes'],
				],
			],
			[
				1038381,
				'拖鞋',
				'Slippers',
				[
					['凉拖鞋', 'Slides', '双', 'pair', 'shoes'],
					['棉拖鞋', 'Cotton slippers', '双', 'pair', 'shoes'],
				],
			],
		],
	],
	[
		1042954,
		'箱包皮具',
		'Bags & Luggage',
		[
			[
				1042960,
				'女包',
				"Women's Bags",
				[
					['单肩包', 'Shoulder bag', '个', 'piece', 'spec'],
					['手提包', 'Handbag', '个', 'piece', 'spec'],
				],
			],
			[
				1042961,
				'旅行箱包',
				'Travel Bags',
				[
					['拉杆箱', 'Trolley case', '个', 'piece', 'spec'],
					['双肩包', 'Backpack', '个', 'piece', 'spec'],
				],
			],
		],
	],
	[
		1046694,
		'家居日用',
		'Home & Living',
		[
			[
				1046700,
				'厨房用品',
				'Kitchenware',
				[
					['保温杯', 'Vacuum flask', '个', 'piece', 'capacity'],
					['收纳盒', 'Storage box', '个', 'piece', 'spec'],
				],
			],
			[
				1046701,
				'家纺',
				'Home Textiles',
				[
					['毛巾', 'Towel', '条', 'piece', 'spec'],
					['抱枕', 'Throw pillow', '个', 'piece', 'spec'],
				],
			],
		],
	],
	[
		1047000,
		'数码配件',
		'Digital Accessories',
		[
			[
				1047010,
				'手机配件',
				'Phone Accessories',
				[
					['手机壳', 'Phone case', '个', 'piece', 'phone'],
					['数据线', 'Charging cable', '条', 'piece', 'length'],
				],
			],
			[
				1047011,
				'电脑周边',
				'Computer Peripherals',
				[
					['鼠标垫', 'Mouse pad', '个', 'piece', 'spec'],
					['蓝牙耳机', 'Bluetooth earbuds', '副', 'pair', 'none'],
				],
			],
		],
	],
];

/** price band (CNY) by top category */
const PRICE_BANDS = {
	10166: [18, 129],
	10165: [25, 159],
	1038378: [19, 99],
	1042954: [15, 189],
	1046694: [2.5, 49],
	1047000: [1.5, 69],
};

const TITLE_PREFIX = [
	['2025新款', '2025 new'],
	['夏季', 'summer'],
	['秋冬', 'autumn/winter'],
	['韩版', 'Korean-style'],
	['简约', 'minimalist'],
	['ins风', 'ins-style'],
	['高档', 'premium'],
	['爆款', 'best-selling'],
	['跨境', 'cross-border'],
	['复古', 'vintage'],
];
const TITLE_MIDDLE = [
	['宽松', 'loose'],
	['百搭', 'versatile'],
	['轻便', 'lightweight'],
	['加厚', 'thickened'],
	['防水', 'waterproof'],
	['时尚', 'fashionable'],
	['纯色', 'solid-colour'],
	['大容量', 'large-capacity'],
	['透气', 'breathable'],
	['耐用', 'durable'],
];
const TITLE_SUFFIX = [
	['厂家直销', 'factory direct sale'],
	['一件代发', 'dropshipping available'],
	['批发', 'wholesale'],
	['现货', 'in stock'],
	['源头工厂', 'source factory'],
	['定制logo', 'custom logo'],
];

/**
 * Suppliers with what the cross-border search shows a buyer about them (keywordQuery's sellerDataInfo and
 * sellerIdentities): identities (super_factory, powerful_merchants, tp_member), service scores (0–5),
 * trade medal, years of TrustPass membership, repeat-purchase rate, 24/48-hour pickup and quality-refund
 * rates over 30 days, and whether 1688 certified the factory.
 */
const SUPPLIERS = [
	{
		loginId: '义乌市晨曦服饰',
		companyName: '义乌市晨曦服饰有限公司',
		memberId: 'b2b-2201356780001',
		userId: 2201356780001,
		province: '浙江省',
		city: '金华市',
		profile: {
			identities: ['powerful_merchants', 'tp_member'],
			compositeServiceScore: 4.5,
			logisticsExperienceScore: 4.6,
			disputeComplaintScore: 4.0,
			offerExperienceScore: 4.4,
			afterSalesExperienceScore: 4.2,
			consultingExperienceScore: 4.8,
			tradeMedalLevel: 4,
			tpYear: 6,
			repeatPurchasePercent: 0.38,
			pickup24h: 0.96,
			pickup48h: 0.99,
			qualityRefund: 0.008,
			certifiedFactory: false,
		},
	},
	{
		loginId: '广州白云鞋业',
		companyName: '广州市白云区鞋业商行',
		memberId: 'b2b-2201356780002',
		userId: 2201356780002,
		province: '广东省',
		city: '广州市',
		profile: {
			identities: ['tp_member'],
			compositeServiceScore: 3.5,
			logisticsExperienceScore: 3.8,
			disputeComplaintScore: 3.0,
			offerExperienceScore: 3.6,
			afterSalesExperienceScore: 3.2,
			consultingExperienceScore: 4.0,
			tradeMedalLevel: 2,
			tpYear: 2,
			repeatPurchasePercent: 0.21,
			pickup24h: 0.91,
			pickup48h: 0.94,
			qualityRefund: 0.06,
			certifiedFactory: false,
		},
	},
	{
		loginId: '深圳极客数码',
		companyName: '深圳市极客数码科技有限公司',
		memberId: 'b2b-2201356780003',
		userId: 2201356780003,
		province: '广东省',
		city: '深圳市',
		profile: {
			identities: ['super_factory', 'powerful_merchants', 'tp_member'],
			compositeServiceScore: 5.0,
			logisticsExperienceScore: 5.0,
			disputeComplaintScore: 4.9,
			offerExperienceScore: 4.9,
			afterSalesExperienceScore: 5.0,
			consultingExperienceScore: 5.0,
			tradeMedalLevel: 5,
			tpYear: 9,
			repeatPurchasePercent: 0.47,
			pickup24h: 0.995,
			pickup48h: 1,
			qualityRefund: 0,
			certifiedFactory: true,
		},
	},
	{
		loginId: '杭州云裳女装',
		companyName: '杭州云裳女装有限公司',
		memberId: 'b2b-2201356780004',
		userId: 2201356780004,
		province: '浙江省',
		city: '杭州市',
		profile: {
			identities: ['powerful_merchants', 'tp_member'],
			compositeServiceScore: 4.0,
			logisticsExperienceScore: 4.1,
			disputeComplaintScore: 3.9,
			offerExperienceScore: 4.2,
			afterSalesExperienceScore: 3.8,
			consultingExperienceScore: 4.3,
			tradeMedalLevel: 3,
			tpYear: 4,
			repeatPurchasePercent: 0.33,
			pickup24h: 0.97,
			pickup48h: 0.985,
			qualityRefund: 0.02,
			certifiedFactory: false,
		},
	},
	{
		loginId: '白沟箱包城',
		companyName: '保定白沟新城箱包有限公司',
		memberId: 'b2b-2201356780005',
		userId: 2201356780005,
		province: '河北省',
		city: '保定市',
		profile: {
			identities: ['super_factory', 'tp_member'],
			compositeServiceScore: 4.8,
			logisticsExperienceScore: 4.7,
			disputeComplaintScore: 4.6,
			offerExperienceScore: 4.8,
			afterSalesExperienceScore: 4.5,
			consultingExperienceScore: 4.9,
			tradeMedalLevel: 5,
			tpYear: 11,
			repeatPurchasePercent: 0.42,
			pickup24h: 0.99,
			pickup48h: 0.998,
			qualityRefund: 0.004,
			certifiedFactory: true,
		},
	},
	{
		loginId: '永康家居日用',
		companyName: '永康市家居日用品厂',
		memberId: 'b2b-2201356780006',
		userId: 2201356780006,
		province: '浙江省',
		city: '金华市',
		profile: {
			identities: ['tp_member'],
			compositeServiceScore: 4.2,
			logisticsExperienceScore: 4.0,
			disputeComplaintScore: 4.1,
			offerExperienceScore: 4.3,
			afterSalesExperienceScore: 4.0,
			consultingExperienceScore: 4.4,
			tradeMedalLevel: 3,
			tpYear: 3,
			repeatPurchasePercent: 0.29,
			pickup24h: 0.94,
			pickup48h: 0.97,
			qualityRefund: 0.03,
			certifiedFactory: false,
		},
	},
];

/** The authorised user of the seeded tokens: buyer of the orders, seller of its own small shop. */
const SANDBOX_MEMBER = {
	loginId: 'sandbox_buyer01',
	memberId: 'b2b-2216000000001',
	userId: 2216000000001,
	companyName: '沙箱测试贸易有限公司',
	supplierName: '沙箱测试贸易有限公司',
	openUid: 'sbxOpenUid8f3a2c71d9e0',
};

/** The sandbox member's own small shop, as buyers see it. */
const OWN_SHOP_PROFILE = {
	identities: ['tp_member'],
	compositeServiceScore: 4.3,
	logisticsExperienceScore: 4.2,
	disputeComplaintScore: 4.0,
	offerExperienceScore: 4.4,
	afterSalesExperienceScore: 4.1,
	consultingExperienceScore: 4.6,
	tradeMedalLevel: 2,
	tpYear: 1,
	repeatPurchasePercent: 0.25,
	pickup24h: 0.93,
	pickup48h: 0.98,
	qualityRefund: 0.012,
	certifiedFactory: false,
};

/** Materials by top category, [zh, en]: the offer attribute 材质 (Material). */
const MATERIALS = {
	10166: [
		['棉', 'Cotton'],
		['涤纶', 'Polyester'],
		['雪纺', 'Chiffon'],
	],
	10165: [
		['棉', 'Cotton'],
		['牛仔布', 'Denim'],
		['锦纶', 'Nylon'],
	],
	1038378: [
		['网布', 'Mesh'],
		['PU', 'PU'],
		['EVA', 'EVA'],
	],
	1042954: [
		['PU皮', 'PU leather'],
		['牛津布', 'Oxford cloth'],
		['帆布', 'Canvas'],
	],
	1046694: [
		['304不锈钢', '304 stainless steel'],
		['PP塑料', 'PP plastic'],
		['纯棉', 'Pure cotton'],
	],
	1047000: [
		['硅胶', 'Silicone'],
		['TPU', 'TPU'],
		['ABS', 'ABS'],
	],
};

/** The supplier that ships from two warehouses (one per second-level category): createCrossOrder answers several orders for a cart across both. */
const SPLIT_WAREHOUSE_SELLER = 'b2b-2201356780005';

/**
 * The supplier that grants the sandbox buyer an account period (账期), with its terms (alibaba.trade.cross.period:
 * tapType 5 = settled by receipt time and period days; the values of the createCrossOrder doc's sample): preview
 * offers the trade mode `period` for its offers, and createCrossOrder answers such an order as that sample does.
 */
const ACCOUNT_PERIOD_SELLER = 'b2b-2201356780006';
const ACCOUNT_PERIOD = Object.freeze({ tapType: 5, tapDate: 360, tapOverdue: 1 });

const ADDRESSES = [
	{
		fullName: '张伟',
		mobile: '13800138000',
		provinceText: '浙江省',
		cityText: '杭州市',
		areaText: '余杭区',
		townText: '五常街道',
		address: '文一西路969号',
		postCode: '311121',
		areaCode: '330110',
	},
	{
		fullName: '李娜',
		mobile: '13912345678',
		provinceText: '广东省',
		cityText: '深圳市',
		areaText: '南山区',
		townText: '粤海街道',
		address: '科技园南区8栋',
		postCode: '518057',
		areaCode: '440305',
	},
	{
		fullName: '王芳',
		mobile: '13700001111',
		provinceText: '上海市',
		cityText: '上海市',
		areaText: '浦东新区',
		townText: '张江镇',
		address: '碧波路690号',
		postCode: '201203',
		areaCode: '310115',
	},
];

const LOGISTICS_COMPANIES = [
	{ id: 7, code: 'ZTO', name: '中通快递(ZTO)' },
	{ id: 8, code: 'YTO', name: '圆通速递(YTO)' },
	{ id: 4, code: 'STO', name: '申通快递(STO)' },
	{ id: 502, code: 'YUNDA', name: '韵达快递(YUNDA)' },
	{ id: 3, code: 'SF', name: '顺丰速运(SF)' },
];

module.exports = {
	SPEC_KINDS,
	COLOUR,
	COLOURS,
	CATEGORY_TREE,
	PRICE_BANDS,
	TITLE_PREFIX,
	TITLE_MIDDLE,
	TITLE_SUFFIX,
	SUPPLIERS,
	SANDBOX_MEMBER,
	OWN_SHOP_PROFILE,
	MATERIALS,
	ADDRESSES,
	LOGISTICS_COMPANIES,
	SPLIT_WAREHOUSE_SELLER,
	ACCOUNT_PERIOD_SELLER,
	ACCOUNT_PERIOD,
};
