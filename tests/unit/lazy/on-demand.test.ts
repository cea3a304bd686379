import { describe, expect, it, vi } from 'vitest';
import {
  IDLE_TIMEOUT_MS,
  NO_IDLE_DELAY_MS,
  onDemand,
  preloadOn,
  whenIdle,
  type IdleHost,
} from '../../../src/lib/lazy/on-demand.ts';

describe('onDemand', () => {
  it('loads nothing until asked, then once for every caller', async () => {
    const loader = vi.fn(async () => 'module');
    const code = onDemand(loader);
    expect(loader).not.toHaveBeenCalled();
    const [first, second] = await Promise.all([code.load(), code.load()]);
    expect(await code.load()).toBe('module');
    expect([first, second]).toEqual(['module', 'module']);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load, and keeps the first success', async () => {
    const loader = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue('module');
    const code = onDemand(loader);
    await expect(code.load()).rejects.toThrow('offline');
    expect(await code.load()).toBe('module');
    expect(await code.load()).toBe('module');
    expect(loader).toHaveBeenCalledTimes(2);
  });
});

describe('whenIdle', () => {
  it('uses requestIdleCallback with a deadline where the browser has it', () => {
    const task = () => undefined;
    const host = { requestIdleCallback: vi.fn(), setTimeout: vi.fn() };
    whenIdle(task, host);
    expect(host.requestIdleCallback).toHaveBeenCalledWith(task, { timeout: IDLE_TIMEOUT_MS });
    expect(host.setTimeout).not.toHaveBeenCalled();
  });

  it('falls back to a short timer where it does not', () => {
    const task = () => undefined;
    const host: IdleHost = { setTimeout: vi.fn() };
    whenIdle(task, host);
    expect(host.setTimeout).toHaveBeenCalledWith(task, NO_IDLE_DELAY_MS);
  });
});

describe('preloadOn', () => {
  it('starts loading on the first of the events on any target, then stops listening', async () => {
    const button = new EventTarget();
    const page = new EventTarget();
    const load = vi.fn(async () => undefined);
    preloadOn([button, page], ['pointerenter', 'keydown'], load);
    expect(load).not.toHaveBeenCalled();
    page.dispatchEvent(new Event('keydown'));
    expect(load).toHaveBeenCalledTimes(1);
    button.dispatchEvent(new Event('pointerenter'));
    page.dispatchEvent(new Event('keydown'));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('ignores other events, and swallows a failed preload (the use that needs it reports it)', async () => {
    const target = new EventTarget();
    const failure = Promise.reject(new Error('offline'));
    const load = vi.fn(() => failure);
    preloadOn([target], ['focus'], load);
    target.dispatchEvent(new Event('click'));
    expect(load).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('focus'));
    expect(load).toHaveBeenCalledTimes(1);
    await expect(failure).rejects.toThrow('offline');
  });
});
