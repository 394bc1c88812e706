import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { previewImage, previewSize, titleSize } from '@/lib/seo/preview-image';

/** The image's pixels, and the share of a band's pixels that are darker than the page. */
async function pixels(response: Response) {
  const { data, info } = await sharp(Buffer.from(await response.arrayBuffer())).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
  const ink = (top: number, bottom: number) => {
    let dark = 0;
    for (let y = top; y < bottom; y++) for (let x = 0; x < info.width; x++) if ((at(x, y)[0] ?? 255) < 128) dark++;
    return dark / ((bottom - top) * info.width);
  };
  return { info, at, ink };
}

describe('the title size', () => {
  it('is largest for a short title and smaller for each longer one', () => {
    const sizes = ['Red flags', 'What employers think of microcredentials', 'How to check what a boot camp says about jobs, pay and the people who finished it'].map(titleSize);
    expect(sizes[0]).toBe(84);
    expect(sizes[1]).toBeLessThan(sizes[0] as number);
    expect(sizes[2]).toBeLessThan(sizes[1] as number);
  });
});

describe('a long title', () => {
  it('wraps inside the card: no ink in the side margins', async () => {
    const long = await pixels(await previewImage('How to check what a boot camp says about jobs, pay and the people who finished it'));
    const inkIn = (x0: number, x1: number) => {
      let dark = 0;
      for (let y = 140; y < 600; y++) for (let x = x0; x < x1; x++) if ((long.at(x, y)[0] ?? 255) < 128) dark++;
      return dark;
    };
    expect(inkIn(0, 56)).toBe(0);
    expect(inkIn(1200 - 56, 1200)).toBe(0);
    expect(long.ink(140, 600)).toBeGreaterThan(0);
  });
});

describe('the preview image', () => {
  it('is a 1200 × 630 PNG with the dark name bar, the blue rule and a white page', async () => {
    const response = await previewImage('Red flags in a microcredential program', 'Step 3 of 3');
    expect(response.headers.get('content-type')).toBe('image/png');
    const { info, at } = await pixels(response);
    expect({ width: info.width, height: info.height }).toEqual(previewSize);
    expect(at(4, 4)).toEqual([0x18, 0x18, 0x1b]);
    expect(at(4, 125)).toEqual([0x1d, 0x4e, 0xd8]);
    expect(at(4, 620)).toEqual([255, 255, 255]);
  });

  it('draws the site name in the bar and the title below it, and a longer title covers more of the page', async () => {
    const short = await pixels(await previewImage('Pay'));
    const long = await pixels(await previewImage('What employers think of short-term credentials'));
    // The bar is dark, so its lettering shows as light pixels: less than all of the bar is dark.
    expect(short.ink(36, 84)).toBeLessThan(0.95);
    expect(short.ink(140, 600)).toBeGreaterThan(0);
    expect(long.ink(140, 600)).toBeGreaterThan(short.ink(140, 600) * 3);
  });

  it('draws letters the right way up: a T has its bar at the top', async () => {
    const { info, at } = await pixels(await previewImage('T'));
    const inkRows: number[] = [];
    for (let y = 140; y < 600; y++) {
      let width = 0;
      for (let x = 0; x < info.width; x++) if ((at(x, y)[0] ?? 255) < 128) width++;
      if (width) inkRows.push(width);
    }
    expect(inkRows[0]).toBeGreaterThan(2 * (inkRows[inkRows.length - 1] ?? 0));
  });

  it('draws a kicker above the title when there is one', async () => {
    const plain = await pixels(await previewImage('Red flags'));
    const withKicker = await pixels(await previewImage('Red flags', 'Guide'));
    expect(withKicker.ink(140, 600)).toBeGreaterThan(plain.ink(140, 600));
  });
});
