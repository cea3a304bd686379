/** Small helpers for the site's browser scripts. */

/**
 * The element `selector` finds in `root`, of the expected type. A missing element is a broken
 * component, so it fails at once with a message naming it instead of later as "null".
 */
export function required<T extends Element>(root: ParentNode, selector: string, type: abstract new () => T): T {
  const found = root.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`${selector} is missing or not a ${type.name}`);
  return found;
}
