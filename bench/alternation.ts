// How every side-by-side scenario takes turns: `total` runs per side in blocks,
// alternating which side goes first (A B, B A, A B, …), so that machine noise —
// other processes, CPU frequency, GC pressure building up — lands on both alike.
export async function inAlternatingBlocks<S>(
  sides: readonly [S, S],
  total: number,
  blockSize: number,
  runBlock: (side: S, count: number) => Promise<void>,
): Promise<void> {
  for (let b = 0; b * blockSize < total; b++) {
    const count = Math.min(blockSize, total - b * blockSize);
    const order = b % 2 === 0 ? sides : ([sides[1], sides[0]] as const);
    for (const side of order) await runBlock(side, count);
  }
}
