/**
 * How the platform refuses a payment write-back: soap:Client faults (HTTP 500) whose faultstring is the
 * refusal code, so a caller can tell them apart without reading text; <detail><message> is the platform's
 * own Chinese text, and AMOUNT_MISMATCH adds <expectedAmount> (fen).
 */
import { SoapFault } from '../../framework/soap-fault.js';

export const violationNotFound = () => new SoapFault('soap:Client', 'VIOLATION_NOT_FOUND', '违法记录不存在');
export const violationUnprocessed = () => new SoapFault('soap:Client', 'VIOLATION_UNPROCESSED', '违法未处理，不能缴款');
export const alreadyPaid = () => new SoapFault('soap:Client', 'ALREADY_PAID', '该违法罚款已缴纳');
export const amountMismatch = (expectedFen: number) =>
  new SoapFault('soap:Client', 'AMOUNT_MISMATCH', `缴款金额与应缴金额（罚款及加处罚款）${(expectedFen / 100).toFixed(2)}元不符`, {
    expectedAmount: String(expectedFen),
  });
