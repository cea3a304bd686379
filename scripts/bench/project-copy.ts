/**
 * A throwaway copy of the project, so the bench builds from cold caches and never touches the
 * working tree's dist/, .astro/ or node_modules/.astro. Uncommitted changes are copied too.
 */
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { ROOT } from '../lib/build.ts';

/** Build output, caches and version control: nothing a build reads. */
const LEFT_OUT = new Set(['node_modules', 'dist', '.cache', '.astro', '.git', 'bench']);

export interface ProjectCopy {
  root: string;
  remove: () => Promise<void>;
}

/** Empties the caches of a copy, so its next build starts cold, as on a fresh CI machine. */
export async function clearCaches(root: string): Promise<void> {
  const caches = ['.astro', 'node_modules/.astro', 'node_modules/.vite'];
  await Promise.all(caches.map((path) => rm(join(root, path), { recursive: true, force: true })));
}

export async function copyProject(source = ROOT): Promise<ProjectCopy> {
  const root = `${await mkdtemp(join(tmpdir(), 'bench-site-'))}${sep}`;
  await cp(source, root, {
    recursive: true,
    filter: (path) => !LEFT_OUT.has(relative(source, path).split(sep)[0] ?? ''),
  });
  // A real node_modules folder of links to the installed packages: Astro and Vite keep their
  // caches (node_modules/.astro, node_modules/.vite) inside the copy, not in the project.
  await mkdir(join(root, 'node_modules'));
  for (const entry of await readdir(join(source, 'node_modules'))) {
    if (!entry.startsWith('.')) await symlink(join(source, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}
