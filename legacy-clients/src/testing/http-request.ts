/** An HTTP request as the samples keep it (request.txt) and as the replay server receives it. */
export interface HttpRequest {
  method: string;
  /** Path without the query string. */
  pathname: string;
  /** Query and form parameters together: Alipay accepts either, its SDK splits them as it likes. */
  params: Record<string, string>;
  /** A JSON body (WeChat Pay v3), parsed; its fields are not in `params`. */
  json?: unknown;
  /** Header names in lower case (what request.txt lists, or what the replay server received). */
  headers?: Record<string, string>;
  /** The request target and the body exactly as sent: what a WeChat Pay v3 signature covers. */
  target?: string;
  body?: string;
}

/** request.txt: `METHOD path?query HTTP/1.1`, headers, a blank line, then the form or JSON body if any. */
export function parseRequestText(text: string): HttpRequest {
  const [head = '', body = ''] = text.split(/\r?\n\r?\n/, 2);
  const [requestLine = '', ...headerLines] = head.split(/\r?\n/);
  const [method = '', target = ''] = requestLine.split(' ');
  const headers = Object.fromEntries(headerLines.filter((line) => line.includes(':')).map((line) => [line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
  return toRequest(method, target, body.trim(), headers);
}

export function toRequest(method: string, target: string, body: string, headers: Record<string, string> = {}): HttpRequest {
  const url = new URL(target, 'http://sample');
  const query = Object.fromEntries(url.searchParams);
  if (body.startsWith('{')) return { method, pathname: url.pathname, params: query, json: JSON.parse(body), headers, target, body };
  return { method, pathname: url.pathname, params: { ...query, ...Object.fromEntries(new URLSearchParams(body)) }, headers, target, body };
}
