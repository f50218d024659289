import { classifyLegacyError, isCallerFault } from './classify-error.js';

const fault = (faultcode: string) => ({ root: { Envelope: { Body: { Fault: { faultcode, faultstring: 'X' } } } } });

describe('classifyLegacyError', () => {
  it.each([
    [fault('soap:Server'), 'LEGACY_FAULT'],
    [fault('soap:Client'), 'LEGACY_FAULT'],
    [{ code: 'ECONNABORTED', message: 'timeout of 400ms exceeded' }, 'LEGACY_TIMEOUT'],
    [{ code: 'ETIMEDOUT' }, 'LEGACY_TIMEOUT'],
    [{ code: 'ECONNREFUSED' }, 'LEGACY_UNAVAILABLE'],
    [{ code: 'ECONNRESET', message: 'socket hang up' }, 'LEGACY_UNAVAILABLE'],
    [{ code: 'EOPENBREAKER', message: 'Breaker is open' }, 'LEGACY_UNAVAILABLE'],
    [{ response: { status: 503 } }, 'LEGACY_UNAVAILABLE'],
    [{ response: { status: 500 } }, 'LEGACY_FAULT'],
  ])('maps %j to %s', (error, code) => {
    expect(classifyLegacyError(error)).toBe(code);
  });

  it('does not count caller faults against the breaker', () => {
    expect(isCallerFault(fault('soap:Client'))).toBe(true);
    expect(isCallerFault(fault('soap:Server'))).toBe(false);
    expect(isCallerFault({ code: 'ECONNRESET' })).toBe(false);
  });
});
