import { describe, expect, it } from 'vitest';
import { FRAME_MS, LOG_INTERVAL_MS, WeekDrawing } from '../../../../viz/pages/trainer/week-drawing.ts';
import { frames } from '../../ui/fake-frames.ts';

/** A WeekDrawing on hand-driven frames, recording which part ran in which frame. */
function setUp(playing: boolean, speed = 8) {
  const f = frames();
  const ran: [string, number][] = [];
  const playback = { playing, speed };
  const drawing = new WeekDrawing(
    { network: () => ran.push(['network', f.time]), panels: () => ran.push(['panels', f.time]), log: () => ran.push(['log', f.time]) },
    () => playback,
    f.scheduler,
    () => f.time,
  );
  const partsIn = (time: number) => ran.filter(([, t]) => t === time).map(([part]) => part);
  return { f, ran, drawing, playback, partsIn };
}

describe('WeekDrawing: when each part of a week is drawn', () => {
  it('paused, stepped or scrubbed: network, panels and log at once', () => {
    const { ran, drawing, f } = setUp(false);
    drawing.draw();
    expect(ran.map(([part]) => part)).toEqual(['network', 'panels', 'log']);
    expect(f.pending).toBe(0);
  });

  it('playing: the network in the draw’s frame, then a frame for its canvas, then the panels, then the log, one part a frame', () => {
    const { f, drawing, partsIn } = setUp(true);
    drawing.request();
    f.tick();
    const drawn = f.time;
    expect(partsIn(drawn)).toEqual(['network']);
    f.tick(); // the canvas's frame
    expect(partsIn(f.time)).toEqual([]);
    f.tick();
    expect(partsIn(f.time)).toEqual(['panels']);
    f.tick();
    expect(partsIn(f.time)).toEqual(['log']);
    f.tick();
    expect(f.pending).toBe(0);
  });

  it('tells the charts which frames are taken: each part’s, and none after them', () => {
    const { f, drawing } = setUp(true);
    drawing.request();
    const taken: boolean[] = [];
    for (let k = 0; k < 6; k++) {
      f.tick();
      taken.push(drawing.frameTaken(f.time));
    }
    // network, canvas, panels, log; then free
    expect(taken).toEqual([true, true, true, true, false, false]);
  });

  it('weeks arriving before the draw’s frame are drawn once, and two weekly draws have a free frame between them', () => {
    const { f, drawing, ran } = setUp(true);
    drawing.request();
    drawing.request();
    f.tick();
    expect(ran.filter(([part]) => part === 'network').length).toBe(1);
    const first = f.time;
    drawing.request();
    f.tick();
    f.tick();
    f.tick();
    const networks = ran.filter(([part]) => part === 'network').map(([, t]) => t);
    expect(networks.length).toBe(2);
    expect(networks[1] - first).toBeGreaterThanOrEqual(1.5 * FRAME_MS);
  });

  it('while playing redraws the log at most every LOG_INTERVAL_MS, and at once when paused', () => {
    const { f, drawing, ran, playback } = setUp(true);
    const logs = () => ran.filter(([part]) => part === 'log').length;
    const weeks = Math.ceil(LOG_INTERVAL_MS / FRAME_MS);
    // A week every 4 frames (15 weeks a second): the log is redrawn far less often than the network.
    for (let k = 0; k < weeks; k++) {
      if (k % 4 === 0) drawing.request();
      f.tick();
    }
    const networks = ran.filter(([part]) => part === 'network').length;
    expect(networks).toBeGreaterThan(2);
    expect(logs()).toBe(1);
    playback.playing = false;
    drawing.draw();
    expect(logs()).toBe(2);
  });

  it('clear drops the parts still waiting (a new run draws itself)', () => {
    const { f, drawing, partsIn } = setUp(true);
    drawing.request();
    f.tick();
    drawing.clear();
    for (let k = 0; k < 4; k++) {
      f.tick();
      expect(partsIn(f.time)).toEqual([]);
    }
  });
});
