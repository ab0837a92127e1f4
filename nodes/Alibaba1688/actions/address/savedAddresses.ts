import { asArray, asObject } from '../../../shared/helpers/values';
import { simplifySavedAddress, type SavedAddress } from '../../helpers/simplifyAddress';
import { callApi, type GatewayContext } from '../../../shared/transport';
import { API } from '../../../shared/apis';

/** The raw `receiveAddressItems` of alibaba.trade.receiveAddress.get: every saved address at once (the API has no paging). */
export async function fetchSavedAddressItems(
	this: GatewayContext,
): Promise<Array<Record<string, unknown>>> {
	const response = await callApi.call(this, API.receiveAddressList);
	return asArray(asObject(response.result).receiveAddressItems);
}

/** The saved delivery addresses of the authorised 1688 account, simplified, the default one first. */
export async function fetchSavedAddresses(this: GatewayContext): Promise<SavedAddress[]> {
	const addresses = (await fetchSavedAddressItems.call(this)).map(simplifySavedAddress);
	return [...addresses.filter((a) => a.isDefault), ...addresses.filter((a) => !a.isDefault)];
}
