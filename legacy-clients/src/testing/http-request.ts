/** An HTTP request as the samples keep it (request.txt) and as the replay server receives it. */
export interface HttpRequest {
  method: string;
  /** Path without the query string. */
  pathname: string;
  /** Query and form parameters together: Alipay accepts either, its SDK splits them as it likes. */
  params: Record<string, string>;
}

/** request.txt: `METHOD path?query HTTP/1.1`, headers, a blank line, then the form body if any. */
export function parseRequestText(text: string): HttpRequest {
  const [head = '', body = ''] = text.split(/\r?\n\r?\n/, 2);
  const [method = '', target = ''] = head.split(/\r?\n/)[0].split(' ');
  return toRequest(method, target, body.trim());
}

export function toRequest(method: string, target: string, body: string): HttpRequest {
  const url = new URL(target, 'http://sample');
  return { method, pathname: url.pathname, params: { ...Object.fromEntries(url.searchParams), ...Object.fromEntries(new URLSearchParams(body)) } };
}
