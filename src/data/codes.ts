/**
 * The one place pages read status codes from. It loads the collection, runs the checks the
 * schema cannot express (src/lib/collection.ts) and fails the build with every problem listed.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertCollection } from '../lib/collection.ts';
import { CLASSES, classOf, type StatusClass } from '../lib/classes.ts';

export type CodeEntry = CollectionEntry<'codes'>;

let loaded: Promise<CodeEntry[]> | undefined;

async function load(): Promise<CodeEntry[]> {
  const entries = await getCollection('codes');
  assertCollection(
    entries.map((entry) => ({ file: entry.filePath ?? `content/codes/${entry.id}.mdx`, data: entry.data })),
  );
  return entries.sort((a, b) => a.data.code - b.data.code);
}

/** Every code page, sorted by code. Loaded and checked once per build. */
export function getCodes(): Promise<CodeEntry[]> {
  loaded ??= load();
  return loaded;
}

export async function getCodeMap(): Promise<Map<number, CodeEntry>> {
  return new Map((await getCodes()).map((entry) => [entry.data.code, entry]));
}

export interface ClassGroup {
  cls: StatusClass;
  registered: CodeEntry[];
  unofficial: CodeEntry[];
}

/** Codes grouped by class, with registered and unofficial codes apart. */
export async function getClassGroups(): Promise<ClassGroup[]> {
  const codes = await getCodes();
  return CLASSES.map((cls) => {
    const inClass = codes.filter((entry) => classOf(entry.data.code).id === cls.id);
    return {
      cls,
      registered: inClass.filter((entry) => entry.data.status !== 'unofficial'),
      unofficial: inClass.filter((entry) => entry.data.status === 'unofficial'),
    };
  });
}
