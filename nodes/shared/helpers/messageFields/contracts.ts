import type { Json } from '../values';
import { entriesOf, textOf, timeOf } from './read';

/**
 * The 88 ShengYiTong contract / purchase order topics (messages-en/SYT_*.md): the contract or purchase order
 * number (draftNo), its status and the event; times are millisecond timestamps on the pages. Alone, the
 * fields of SYT_CONTRACT_WAIT_SIGN (waiting for a signature).
 */
export function contractFields(data: Json): Json {
	return {
		contractNo: textOf(data.draftNo),
		status: textOf(data.contractCurrentStatus),
		event: textOf(data.eventType),
	};
}

/** SYT_CONTRACT_PAY_SUCCESS: paid by both parties, with the buyer's payment channel. */
export function contractPaidFields(data: Json): Json {
	return { ...contractFields(data), payChannel: textOf(data.payChannel) };
}

/** SYT_CONTRACT_SIGN_SUCCESS: signed by both parties. */
export function contractSignedFields(data: Json): Json {
	return { ...contractFields(data), signedAt: timeOf(data.signSuccessTime) };
}

/** SYT_CONTRACT_REJECT: refused, with the reason. */
export function contractRejectedFields(data: Json): Json {
	return {
		...contractFields(data),
		rejectReason: textOf(data.signRejectReason),
		rejectedAt: timeOf(data.signRejectTime),
	};
}

/**
 * SYT_ADD_CONTRACT_CONTENT: the other party added evidence (logistics, shipment or payment proof) to the
 * contract: the text, who (submitterRole: PART_A buyer, PART_B seller), when, and the attached files.
 */
export function contractEvidenceFields(data: Json): Json {
	return {
		contractNo: textOf(data.draftNo),
		event: textOf(data.eventType),
		content: textOf(data.content),
		submitterRole: textOf(data.submitterRole),
		addedAt: timeOf(data.addTime),
		attachments: entriesOf(data.attachments).map((file) => ({
			fileName: textOf(file.fileName),
			fileUrl: textOf(file.filePath),
		})),
	};
}

/** SYT_REFUND_FINISH_NOTICE: a contract's refund ended (refundStatus), with the refund number and any reason for refusing it. */
export function contractRefundFields(data: Json): Json {
	return {
		contractNo: textOf(data.draftNo),
		event: textOf(data.eventType),
		refundNo: textOf(data.refundOrderNo),
		refundStatus: textOf(data.refundStatus),
		rejectReason: textOf(data.rejectReason),
	};
}
