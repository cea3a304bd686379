/** The five status-code classes of RFC 9110 section 15, as data. */

export type ClassId = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';

export interface StatusClass {
  id: ClassId;
  /** First digit of every code in the class. */
  digit: 1 | 2 | 3 | 4 | 5;
  name: string;
  /** One line for lists and meta descriptions. */
  summary: string;
  section: string;
  url: string;
}

const rfc9110 = (section: string) => `https://www.rfc-editor.org/rfc/rfc9110#section-${section}`;

export const CLASSES: readonly StatusClass[] = [
  {
    id: '1xx',
    digit: 1,
    name: 'Informational',
    summary: 'Interim responses: the request was received and the final response is still to come.',
    section: '15.2',
    url: rfc9110('15.2'),
  },
  {
    id: '2xx',
    digit: 2,
    name: 'Successful',
    summary: 'The server received, understood and accepted the request.',
    section: '15.3',
    url: rfc9110('15.3'),
  },
  {
    id: '3xx',
    digit: 3,
    name: 'Redirection',
    summary: 'The client has to take another step, usually a new request to another URI.',
    section: '15.4',
    url: rfc9110('15.4'),
  },
  {
    id: '4xx',
    digit: 4,
    name: 'Client Error',
    summary: 'The request itself is at fault: fix it before sending it again.',
    section: '15.5',
    url: rfc9110('15.5'),
  },
  {
    id: '5xx',
    digit: 5,
    name: 'Server Error',
    summary: 'The request looked valid, but the server failed to fulfil it.',
    section: '15.6',
    url: rfc9110('15.6'),
  },
];

/** The class a number falls in, or undefined for numbers outside 100-599. */
export const findClass = (code: number): StatusClass | undefined =>
  Number.isInteger(code) ? CLASSES.find((c) => Math.floor(code / 100) === c.digit) : undefined;

/** The class a code belongs to; throws for numbers outside 100-599. */
export function classOf(code: number): StatusClass {
  const found = findClass(code);
  if (!found) throw new RangeError(`${code} is not an HTTP status code: codes run from 100 to 599`);
  return found;
}

export function isClassId(value: string): value is ClassId {
  return CLASSES.some((c) => c.id === value);
}
