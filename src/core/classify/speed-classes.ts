// Fixed download-speed classes for drawing speed-test tiles: the same Mbps bounds on every
// map, so a colour means the same speed in Hawaii and in Kenya, and the FCC's broadband
// benchmarks (25 Mbps in 2015, 100 Mbps in 2024) are class edges a planner recognises.
import { classOf } from './breaks.ts';
import { sequentialRamp, type Rgb } from './palette.ts';

/** Class breaks in Mbps: < 10, 10–25, 25–100, 100–250, ≥ 250. */
export const SPEED_BREAKS_MBPS: readonly number[] = [10, 25, 100, 250];
/** Colour per speed class, light = slow, dark = fast (faster is better). */
export const SPEED_RGB: readonly Rgb[] = sequentialRamp(SPEED_BREAKS_MBPS.length + 1, 'YlGnBu');

/** Speed class (0 = slowest) of a download speed in kbps (Ookla's unit); −1 when missing. */
export function speedClass(downloadKbps: number): number {
  return classOf(downloadKbps / 1000, SPEED_BREAKS_MBPS);
}
