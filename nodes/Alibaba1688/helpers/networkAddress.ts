/**
 * What kind of network address a URL's host is, so that a download chosen by outside text (an AI agent, a
 * form) cannot reach n8n's own machine, its network or a cloud metadata service. Pure: it reads the text of
 * a host or an address and never resolves anything.
 */

/** `public` may always be downloaded; `local` only with Allow Private Network Addresses; the rest never. */
export type AddressKind = 'public' | 'local' | 'never';

export interface AddressVerdict {
	kind: AddressKind;
	/** What the address is, for an error: "a loopback address (n8n's own machine)". */
	what: string;
}

const LOOPBACK = "a loopback address (n8n's own machine)";
const PRIVATE = 'a private network address';
const LINK_LOCAL = 'a link-local address';
const METADATA = 'a cloud metadata address';
const UNSPECIFIED = "the unspecified address (n8n's own machine)";
const MULTICAST = 'a multicast address';
const BROADCAST = 'the broadcast address';
const RESERVED = 'a reserved address (not on the internet)';
const LOCAL_NAME = 'a name on a local network';

const PUBLIC_VERDICT: AddressVerdict = { kind: 'public', what: 'a public address' };
const local = (what: string): AddressVerdict => ({ kind: 'local', what });
const never = (what: string): AddressVerdict => ({ kind: 'never', what });

/** One part of an IPv4 address as the URL standard and inet_aton read it: decimal, 0x hex or 0 octal. */
function ipv4Part(part: string): number | undefined {
	if (/^0x[0-9a-f]*$/i.test(part)) return part.length === 2 ? 0 : parseInt(part.slice(2), 16);
	if (/^0[0-7]+$/.test(part)) return parseInt(part, 8);
	if (/^(0|[1-9][0-9]*)$/.test(part)) return Number(part);
	return undefined;
}

/**
 * The IPv4 address a host spells, as a 32-bit number, in every form a browser or `ping` accepts:
 * `127.0.0.1`, `127.1`, `2130706433`, `0x7f000001`, `0177.0.0.1`, `0x7f.1`; undefined for anything else.
 */
export function parseIpv4(text: string): number | undefined {
	const parts = text.split('.');
	if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
	if (parts.length < 1 || parts.length > 4) return undefined;
	const numbers = parts.map(ipv4Part);
	if (numbers.some((n) => n === undefined)) return undefined;
	const last = numbers.pop() as number;
	if ((numbers as number[]).some((n) => n > 255) || last >= 256 ** (4 - numbers.length))
		return undefined;
	return (numbers as number[]).reduce((sum, n, i) => sum + n * 256 ** (3 - i), 0) + last;
}

/** The eight 16-bit groups of an IPv6 address (`::1`, `[::ffff:127.0.0.1]`, `fe80::1%eth0`); undefined for anything else. */
export function parseIpv6(text: string): number[] | undefined {
	let address = text
		.replace(/^\[(.*)\]$/, '$1')
		.replace(/%.*$/, '')
		.toLowerCase();
	const dotted = /^(.*:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
	if (dotted) {
		const octets = dotted[2].split('.').map(Number);
		if (octets.some((octet) => octet > 255)) return undefined;
		address = `${dotted[1]}${((octets[0] << 8) | octets[1]).toString(16)}:${((octets[2] << 8) | octets[3]).toString(16)}`;
	}
	const halves = address.split('::');
	if (halves.length > 2) return undefined;
	const groups = (half: string) => (half === '' ? [] : half.split(':'));
	const head = groups(halves[0]);
	const tail = halves.length === 2 ? groups(halves[1]) : [];
	const missing = 8 - head.length - tail.length;
	if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
	const all = [...head, ...Array<string>(missing).fill('0'), ...tail];
	if (!all.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return undefined;
	return all.map((group) => parseInt(group, 16));
}

const ipv4 = (a: number, b: number, c: number, d: number) =>
	((a << 24) >>> 0) + (b << 16) + (c << 8) + d;

/** IPv4 ranges that are not the public internet (RFC 6890 and its successors), first match wins. */
const IPV4_RANGES: Array<[base: number, prefix: number, verdict: AddressVerdict]> = [
	// Metadata services: AWS/GCP/Azure/OpenStack, AWS ECS and EKS Pod Identity, Alibaba Cloud, Azure's wire server, Oracle Cloud.
	[ipv4(169, 254, 169, 254), 32, never(METADATA)],
	[ipv4(169, 254, 170, 2), 32, never(METADATA)],
	[ipv4(169, 254, 170, 23), 32, never(METADATA)],
	[ipv4(100, 100, 100, 200), 32, never(METADATA)],
	[ipv4(168, 63, 129, 16), 32, never(METADATA)],
	[ipv4(192, 0, 0, 192), 32, never(METADATA)],
	[ipv4(0, 0, 0, 0), 8, never(UNSPECIFIED)],
	[ipv4(10, 0, 0, 0), 8, local(PRIVATE)],
	[ipv4(100, 64, 0, 0), 10, local(PRIVATE)],
	[ipv4(127, 0, 0, 0), 8, local(LOOPBACK)],
	[ipv4(169, 254, 0, 0), 16, local(LINK_LOCAL)],
	[ipv4(172, 16, 0, 0), 12, local(PRIVATE)],
	[ipv4(192, 0, 0, 0), 24, never(RESERVED)],
	[ipv4(192, 0, 2, 0), 24, never(RESERVED)],
	[ipv4(192, 88, 99, 0), 24, never(RESERVED)],
	[ipv4(192, 168, 0, 0), 16, local(PRIVATE)],
	[ipv4(198, 18, 0, 0), 15, never(RESERVED)],
	[ipv4(198, 51, 100, 0), 24, never(RESERVED)],
	[ipv4(203, 0, 113, 0), 24, never(RESERVED)],
	[ipv4(224, 0, 0, 0), 4, never(MULTICAST)],
	[ipv4(255, 255, 255, 255), 32, never(BROADCAST)],
	[ipv4(240, 0, 0, 0), 4, never(RESERVED)],
];

function classifyIpv4Number(address: number): AddressVerdict {
	const range = IPV4_RANGES.find(
		([base, prefix]) =>
			Math.floor(address / 2 ** (32 - prefix)) === Math.floor(base / 2 ** (32 - prefix)),
	);
	return range ? range[2] : PUBLIC_VERDICT;
}

/** The IPv4 address in the last 32 bits of an IPv6 address. */
const lastIpv4 = (groups: number[]) => groups[6] * 65536 + groups[7];
const zeros = (groups: number[]) => groups.every((group) => group === 0);

function classifyIpv6Groups(g: number[]): AddressVerdict {
	const text = g.map((group) => group.toString(16)).join(':');
	// AWS's IPv6 metadata (and EKS Pod Identity), GCP's.
	if (['fd00:ec2:0:0:0:0:0:254', 'fd00:ec2:0:0:0:0:0:23', 'fd20:ce:0:0:0:0:0:254'].includes(text))
		return never(METADATA);
	if (zeros(g)) return never(UNSPECIFIED);
	if (zeros(g.slice(0, 7)) && g[7] === 1) return local(LOOPBACK);
	// ::ffff:a.b.c.d (IPv4-mapped) and ::ffff:0:a.b.c.d (IPv4-translated) reach the IPv4 address.
	if (zeros(g.slice(0, 5)) && g[5] === 0xffff) return classifyIpv4Number(lastIpv4(g));
	if (zeros(g.slice(0, 4)) && g[4] === 0xffff && g[5] === 0) return classifyIpv4Number(lastIpv4(g));
	// ::a.b.c.d (IPv4-compatible, deprecated): whatever it holds, it is no public IPv6 address.
	if (zeros(g.slice(0, 6))) {
		const inside = classifyIpv4Number(lastIpv4(g));
		return inside.kind === 'public' ? never(RESERVED) : inside;
	}
	// NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address a gateway connects to.
	if (g[0] === 0x64 && g[1] === 0xff9b && zeros(g.slice(2, 6)))
		return classifyIpv4Number(lastIpv4(g));
	if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 1) return local(PRIVATE);
	if (g[0] === 0x2002) return classifyIpv4Number(g[1] * 65536 + g[2]);
	if (g[0] === 0x2001 && g[1] === 0xdb8) return never(RESERVED);
	if (g[0] === 0x2001 && g[1] < 0x200) return never(RESERVED);
	if (g[0] === 0x100 && zeros(g.slice(1, 4))) return never(RESERVED);
	if ((g[0] & 0xfe00) === 0xfc00) return local(PRIVATE);
	if ((g[0] & 0xffc0) === 0xfe80) return local(LINK_LOCAL);
	if ((g[0] & 0xffc0) === 0xfec0) return local(PRIVATE);
	if ((g[0] & 0xff00) === 0xff00) return never(MULTICAST);
	// Only 2000::/3 is handed out on the internet.
	return (g[0] & 0xe000) === 0x2000 ? PUBLIC_VERDICT : never(RESERVED);
}

/** The verdict for an IP address in any spelling (IPv4 or IPv6); undefined when the text is no IP address. */
export function classifyIp(text: string): AddressVerdict | undefined {
	if (text.includes(':')) {
		const groups = parseIpv6(text);
		return groups ? classifyIpv6Groups(groups) : undefined;
	}
	const address = parseIpv4(text);
	return address === undefined ? undefined : classifyIpv4Number(address);
}

/** Names of metadata services that resolve to them inside a cloud. */
const METADATA_NAMES = new Set([
	'metadata',
	'metadata.google.internal',
	'metadata.goog',
	'instance-data',
	'instance-data.ec2.internal',
]);

/** Top-level names for local networks only (RFC 6761, 6762, 8375, ICANN's .internal) and common intranet ones. */
const LOCAL_SUFFIXES = [
	'internal',
	'local',
	'localdomain',
	'home.arpa',
	'lan',
	'intranet',
	'corp',
	'home',
	'private',
];

export interface HostVerdict extends AddressVerdict {
	/** Whether the host is a name (to be resolved) rather than an IP address. */
	isName: boolean;
}

/**
 * The verdict for a URL's hostname (as `new URL(…).hostname` gives it, or typed by hand): IP addresses in any
 * spelling by their range; `localhost` and `*.localhost` as loopback; metadata names never; single-label names
 * and local-only suffixes (`.internal`, `.local`, `.home.arpa`…) as local. Any other name is `public` here: what
 * it resolves to is checked separately.
 */
export function classifyHost(hostname: string): HostVerdict {
	const host = hostname.trim().toLowerCase().replace(/\.+$/, '');
	const ip = classifyIp(host);
	if (ip) return { ...ip, isName: false };
	if (host.includes(':') || /^[\d.]+$/.test(host) || host === '')
		return { ...never('not a valid address'), isName: false };
	if (METADATA_NAMES.has(host)) return { ...never(METADATA), isName: true };
	if (host === 'localhost' || host.endsWith('.localhost'))
		return { ...local(LOOPBACK), isName: true };
	if (!host.includes('.') || LOCAL_SUFFIXES.some((suffix) => host.endsWith(`.${suffix}`)))
		return { ...local(LOCAL_NAME), isName: true };
	return { ...PUBLIC_VERDICT, isName: true };
}

/** Whether an address of this verdict may be downloaded from, with or without Allow Private Network Addresses. */
export function isAllowedAddress(verdict: AddressVerdict, allowPrivateNetwork: boolean): boolean {
	return verdict.kind === 'public' || (verdict.kind === 'local' && allowPrivateNetwork);
}
