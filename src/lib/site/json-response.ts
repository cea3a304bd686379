/** A JSON file of the site as a route answers it; `pretty` for the files people read. */
export const jsonResponse = (data: unknown, { pretty = false } = {}) =>
  new Response(JSON.stringify(data, null, pretty ? 2 : undefined), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
