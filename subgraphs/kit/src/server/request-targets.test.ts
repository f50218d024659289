import { requestTargets } from './request-targets.js';

describe('requestTargets', () => {
  it('splits a URL into origin and path with its query, parsing each URL once', () => {
    const target = requestTargets();
    const first = target('http://127.0.0.1:4900/traffic?wsdl=1');
    expect(first).toEqual({ origin: 'http://127.0.0.1:4900', path: '/traffic?wsdl=1' });
    expect(target('http://127.0.0.1:4900/traffic?wsdl=1')).toBe(first);
    expect(target('https://example.gov.cn/graphql')).toEqual({ origin: 'https://example.gov.cn', path: '/graphql' });
  });
});
