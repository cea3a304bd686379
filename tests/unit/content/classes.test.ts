import { describe, expect, it } from 'vitest';
import { CLASSES, classOf, findClass, isClassId } from '../../../src/lib/content/classes.ts';

describe('status classes', () => {
  it('puts each code in its class', () => {
    expect([100, 299, 409, 599].map((code) => classOf(code).id)).toEqual(['1xx', '2xx', '4xx', '5xx']);
    expect(classOf(409).name).toBe('Client Error');
  });

  it('rejects numbers that are not status codes, or finds no class for them', () => {
    expect(() => classOf(99)).toThrow(/99 is not an HTTP status code/);
    expect(() => classOf(600)).toThrow(RangeError);
    expect(() => classOf(404.5)).toThrow(RangeError);
    expect([99, 600, 404.5].map(findClass)).toEqual([undefined, undefined, undefined]);
  });

  it('links each class to its RFC 9110 section', () => {
    expect(CLASSES.map((c) => c.url)).toEqual(
      ['15.2', '15.3', '15.4', '15.5', '15.6'].map((s) => `https://www.rfc-editor.org/rfc/rfc9110#section-${s}`),
    );
  });

  it('recognises class ids', () => {
    expect(isClassId('4xx')).toBe(true);
    expect(isClassId('6xx')).toBe(false);
  });
});
