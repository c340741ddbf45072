/** A JSON file as the site serves it: pretty-printed, UTF-8, ending in a newline. */
export function jsonResponse(document: unknown, type = 'application/json'): Response {
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { 'Content-Type': `${type}; charset=utf-8` },
  });
}
