/**
 * A JSON file as the site serves it: UTF-8, compact (a pathway file of 800 pathways is a third
 * smaller than pretty-printed; browsers and tools indent it for reading), ending in a newline.
 */
export function jsonResponse(document: unknown, type = 'application/json'): Response {
  return new Response(`${JSON.stringify(document)}\n`, {
    headers: { 'Content-Type': `${type}; charset=utf-8` },
  });
}
