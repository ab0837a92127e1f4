import type { Json } from '../values';
import { jsonTextOf, textOf, timeOf } from './read';

/**
 * AGENT_NEWTON_CLOUD_TASK_NOTIFY: a Newton Cloud task's status changed (END when done). Intermediate
 * notifications carry a stage (WAIT_USER, TOOL_PROGRESS, …) with its details and payload as JSON text,
 * given here as objects.
 */
export function cloudTaskFields(data: Json): Json {
	return {
		taskId: textOf(data.taskId),
		sessionId: textOf(data.sessionId),
		status: textOf(data.status),
		createdAt: timeOf(data.createdAt),
		finishedAt: timeOf(data.finishedAt),
		errorMessage: textOf(data.errorMessage),
		stage: textOf(data.stage),
		stageDetail: jsonTextOf(data.stageDetail),
		payload: jsonTextOf(data.payload),
	};
}
