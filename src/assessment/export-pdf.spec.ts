import { padBox, projector } from './export-pdf.js';

describe('PDF map projection', () => {
  const frame = { x: 50, y: 100, width: 400, height: 300 };

  it('puts north up and keeps the box inside the frame, centred', () => {
    const project = projector([7, 51, 7.1, 51.1], frame);
    const [x0, y0] = project([7, 51]);
    const [x1, y1] = project([7.1, 51.1]);
    expect(y1).toBeLessThan(y0);
    expect(x1).toBeGreaterThan(x0);
    for (const [x, y] of [
      [x0, y0],
      [x1, y1],
    ]) {
      expect(x).toBeGreaterThanOrEqual(50);
      expect(x).toBeLessThanOrEqual(450);
      expect(y).toBeGreaterThanOrEqual(100);
      expect(y).toBeLessThanOrEqual(400);
    }
    // The box is taller than wide once longitudes are scaled by cos(51°): it fills the height.
    expect(y0 - y1).toBeCloseTo(300, 5);
    expect((x0 + x1) / 2).toBeCloseTo(250, 5);
  });

  it('scales longitude by the cosine of the latitude', () => {
    const project = projector([7, 51, 7.1, 51.1], frame);
    const [ax] = project([7, 51.05]);
    const [bx] = project([7.1, 51.05]);
    const [, cy] = project([7, 51]);
    const [, dy] = project([7, 51.1]);
    expect((bx - ax) / (cy - dy)).toBeCloseTo(Math.cos((51.05 * Math.PI) / 180), 5);
  });

  it('pads a box, also a point-sized one', () => {
    expect(padBox([0, 0, 10, 20], 0.1)).toEqual([-1, -2, 11, 22]);
    const [minX, , maxX] = padBox([7, 51, 7, 51], 0.1);
    expect(maxX - minX).toBeGreaterThan(0);
  });
});
